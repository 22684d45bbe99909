/**
 * Starts a throwaway PostgreSQL 15 server on 127.0.0.1 with a temp data dir (the machine's
 * Debian binaries). As root it runs the server as the `postgres` user, which initdb requires.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgServer {
  url: string;
  stop(): Promise<void>;
  /** An immediate shutdown (SIGQUIT: every connection dropped, as in a crash or a failover). */
  halt(): Promise<void>;
  /** Starts the same server again, on the same port and data. */
  restart(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startPostgres(): Promise<PgServer> {
  if (!existsSync(join(BIN, 'initdb'))) {
    throw new Error(`PostgreSQL server binaries not found in ${BIN} (install postgresql-15 or set PG_BIN)`);
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'pgtest-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args])
      : execFileSync(join(BIN, cmd), args);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  const args = [
    '-D',
    data,
    '-k',
    dir,
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-c',
    'fsync=off',
    '-c',
    'max_connections=200',
  ];
  const launch = (): ChildProcess =>
    asRoot
      ? spawn('runuser', ['-u', 'postgres', '--', join(BIN, 'postgres'), ...args], { stdio: 'ignore', detached: true })
      : spawn(join(BIN, 'postgres'), args, { stdio: 'ignore', detached: true });
  let proc = launch();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const { default: pg } = await import('pg');
  const ready = async () => {
    for (let i = 0; ; i++) {
      try {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.end();
        return;
      } catch (err) {
        if (i > 100) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  await ready();
  const exited = (p: ChildProcess) =>
    new Promise<void>((resolve) => (p.exitCode !== null ? resolve() : p.once('exit', () => resolve())));
  return {
    url,
    async halt() {
      const p = proc;
      process.kill(-p.pid!, 'SIGQUIT');
      await exited(p);
    },
    async restart() {
      proc = launch();
      await ready();
    },
    async stop() {
      try {
        process.kill(-proc.pid!, 'SIGINT');
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh empty database on the shared test server, so suites don't see each other's rows. */
export async function freshDatabase(serverUrl: string): Promise<string> {
  const { default: pg } = await import('pg');
  const name = `t_${Math.random().toString(36).slice(2, 10)}`;
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return serverUrl.replace(/\/postgres$/, `/${name}`);
}
