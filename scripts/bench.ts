/**
 * `npm run bench`: throughput and p99 latency of evaluation.submit and card.get through the
 * Node host (a child process on 127.0.0.1), on PGlite and on PostgreSQL, against a bare
 * fastify echo measured in the same run as the ceiling. A benchmark, not a test.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, startPostgres } from '../test/support/postgres-server';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = 18_080;
const base = `http://127.0.0.1:${PORT}`;

interface Row {
  name: string;
  rps: number;
  p99: number;
  errors: number;
}

async function waitUp(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('server exited');
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timeout waiting for ${url}`);
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function api(action: string, payload: unknown, token?: string) {
  const res = await fetch(`${base}/api/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as any;
  if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body)}`);
  return body.data;
}

function run(name: string, opts: autocannon.Options): Promise<Row> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, r) => {
      if (err) return reject(err);
      resolve({ name, rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx });
    });
  });
}

async function benchStore(label: string, env: Record<string, string>): Promise<Row[]> {
  const child = spawn(process.execPath, ['dist/server/main.mjs'], {
    env: { ...process.env, ...env, PORT: String(PORT), H5_DIR: '/nonexistent' },
    stdio: 'ignore',
  });
  try {
    await waitUp(`${base}/healthz`, child);
    const staffToken = (await api('dev.login', { role: 'staff' })).token;
    const cards: string[] = [];
    for (let i = 0; i < 300; i++) {
      cards.push(
        (await api('card.issue', { matter: `事项${i}`, matterType: '承诺件', promisedDays: 5 }, staffToken)).cardId,
      );
    }
    const residents: string[] = [];
    for (let i = 0; i < 250; i++) residents.push((await api('auth.guest', {})).token);

    const get = await run(`card.get (${label})`, {
      url: `${base}/api/card.get`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${residents[0]}` },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({ cardId: cards[Math.floor(Math.random() * cards.length)] }),
          }),
        },
      ],
    });
    // Every submission is a new (resident, card) visit with its own idempotency key.
    let n = 0;
    const submit = await run(`evaluation.submit (${label})`, {
      url: `${base}/api/evaluation.submit`,
      method: 'POST',
      requests: [
        {
          setupRequest: (req) => {
            const i = n++;
            const card = cards[i % cards.length];
            const resident = residents[Math.floor(i / cards.length) % residents.length];
            return {
              ...req,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${resident}`,
                'idempotency-key': `bench-${i}-xxxxxx`,
              },
              body: JSON.stringify({ cardId: card, level: 1 + (i % 5) }),
            };
          },
        },
      ],
    });
    return [get, submit];
  } finally {
    await stop(child);
  }
}

async function main() {
  spawnSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  const rows: Row[] = [];

  const echo = spawn(process.execPath, ['scripts/bench-echo.mjs'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  await waitUp(`${base}/healthz`, echo);
  const ceiling = await run('fastify echo (ceiling)', {
    url: `${base}/api/echo`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cardId: 'x'.repeat(20) }),
  });
  await stop(echo);
  rows.push(ceiling);

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  rows.push(...(await benchStore('PGlite', { DATA_DIR: dataDir })));
  rmSync(dataDir, { recursive: true, force: true });

  const pg = await startPostgres();
  try {
    rows.push(...(await benchStore('PostgreSQL', { DATABASE_URL: await freshDatabase(pg.url), PG_POOL_MAX: '20' })));
  } finally {
    await pg.stop();
  }

  console.log(`\n${DURATION} s each, ${CONNECTIONS} connections, 127.0.0.1\n`);
  console.log('| endpoint | req/s | p99 ms | errors | ratio to ceiling |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.errors} | ${(r.rps / ceiling.rps).toFixed(2)} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
