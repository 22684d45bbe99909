/**
 * The production host (`npm run serve`) against the real PostgreSQL 15 of the global setup:
 * its configuration check, `npm run migrate`, the built process's start, logs and graceful stop,
 * and two instances on one database sharing the timers without doing anything twice.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../../server/adapters/store-sql/pg-client';
import { MIGRATIONS } from '../../server/adapters/store-sql/migrations';
import { ConfigError, readProductionConfig } from '../../server/hosts/node/production-config';
import { startProductionHost, type ProductionHost } from '../../server/hosts/node/production';
import { fixedClock } from '../../server/adapters/system/clocks';
import { memoryLogger } from '../../server/adapters/system/loggers';
import { freshDatabase } from '../support/postgres-server';
import { head, seedOrg, staffA } from '../support/fixtures';

const secrets = { SESSION_SECRET: 's'.repeat(40), IDENTITY_PEPPER: 'p'.repeat(40) };
const baseEnv = (databaseUrl: string) => ({
  ...secrets,
  DATABASE_URL: databaseUrl,
  PUBLIC_URL: 'https://pj.example.gov.cn',
  PORT: '0',
  H5_DIR: mkdtempSync(join(tmpdir(), 'h5-')),
  EXPORTS_DIR: mkdtempSync(join(tmpdir(), 'exports-')),
});

jest.setTimeout(60_000);

beforeAll(() => {
  // The bundles `npm run serve` and `npm run migrate` run (esbuild, well under a second).
  expect(spawnSync('node', ['scripts/build-server.mjs']).status).toBe(0);
});

describe('production configuration', () => {
  it('refuses to start without its required settings, listing every problem at once', () => {
    let problems: string[] = [];
    try {
      readProductionConfig({});
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      problems = (err as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'DATABASE_URL',
      'SESSION_SECRET',
      'IDENTITY_PEPPER',
      'PUBLIC_URL',
    ]);
  });

  it('refuses an embedded database, short or equal secrets, plain http and half a WeChat login', () => {
    const bad = {
      DATABASE_URL: 'file:./data',
      SESSION_SECRET: 'short',
      IDENTITY_PEPPER: 'short',
      PUBLIC_URL: 'http://pj.example.gov.cn',
      WECHAT_APPID: 'wx123',
      PORT: 'eighty',
      CORS_ORIGINS: 'https://ok.example.cn,not-an-origin',
    };
    expect(() => readProductionConfig(bad)).toThrow(ConfigError);
    try {
      readProductionConfig(bad);
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        'DATABASE_URL must be a postgres:// URL (production has no embedded database)',
        'SESSION_SECRET must be at least 32 characters',
        'IDENTITY_PEPPER must be at least 32 characters',
        'SESSION_SECRET and IDENTITY_PEPPER must differ',
        'PUBLIC_URL must be https:// (WeChat and phones refuse plain http)',
        'WECHAT_APPID and WECHAT_SECRET go together',
        'PORT must be a whole number from 0 to 65535',
        'CORS_ORIGINS: "not-an-origin" is not an origin (scheme://host[:port])',
      ]);
    }
  });

  it('defaults to listening on loopback behind a proxy on the same machine, migrating on start', () => {
    const c = readProductionConfig({
      ...secrets,
      DATABASE_URL: 'postgres://db/app',
      PUBLIC_URL: 'https://pj.example.gov.cn/',
    });
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      trustProxy: '127.0.0.1',
      corsOrigins: [],
      migrateOnStart: true,
      publicUrl: 'https://pj.example.gov.cn',
      wechat: null,
      adminOpenids: [],
    });
  });
});

/** Runs a built entry as `npm run serve`/`migrate`/`admin` would, collecting its JSON log lines. */
function runEntry(
  entry: 'serve' | 'migrate' | 'admin',
  env: Record<string, string>,
  args: string[] = [],
  viaNpm = false,
) {
  const child = viaNpm
    ? spawn('npm', ['run', entry, ...(args.length ? ['--', ...args] : [])], {
        env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, [`dist/server/${entry}.mjs`, ...args], {
        env: { PATH: process.env.PATH!, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  const text: string[] = [];
  const lines: any[] = [];
  let buffered = '';
  const take = (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    // npm's own banner and human-readable lines are kept apart from the JSON log.
    for (const p of parts) {
      if (!p.trim()) continue;
      if (p.startsWith('{')) lines.push(JSON.parse(p));
      else text.push(p);
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const waitFor = async (event: string, where: (l: any) => boolean = () => true) => {
    for (let i = 0; i < 300; i++) {
      const found = lines.find((l) => l.event === event && where(l));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${event} in ${JSON.stringify(lines)}`);
  };
  return { child, lines, text, exited, waitFor };
}

describe('npm run migrate and npm run serve, as processes', () => {
  it('serve refuses a database behind the code when told not to migrate; migrate applies each migration once', async () => {
    const env = { ...baseEnv(await freshDatabase(process.env.PG_TEST_SERVER!)), MIGRATE_ON_START: 'false' };
    const refused = runEntry('serve', env);
    expect(await refused.exited).toBe(1);
    expect((await refused.waitFor('serve.start_failed')).error).toMatch(
      /schema is behind .*run `npm run migrate` first/,
    );

    const first = runEntry('migrate', env);
    expect(await first.exited).toBe(0);
    expect((await first.waitFor('migrate.done')).applied).toEqual(MIGRATIONS.map((m) => m.name));
    const again = runEntry('migrate', env);
    expect(await again.exited).toBe(0);
    expect((await again.waitFor('migrate.done')).applied).toEqual([]);

    const noUrl = runEntry('migrate', {});
    expect(await noUrl.exited).toBe(2);
  });

  it('serves in production mode with JSON logs carrying request ids, and stops gracefully on SIGTERM', async () => {
    const env = baseEnv(await freshDatabase(process.env.PG_TEST_SERVER!));
    const server = runEntry('serve', env);
    try {
      const { url } = await server.waitFor('serve.started');
      const health = await fetch(`${url}/healthz`);
      expect(await health.json()).toEqual({ ok: true, store: 'postgres', mode: 'production' });
      expect(health.headers.get('strict-transport-security')).toBe('max-age=31536000');
      const dev = await fetch(`${url}/api/dev.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"role":"admin"}',
      });
      expect(dev.status).toBe(404);
      const guest = await fetch(`${url}/api/auth.guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'edge-0123456789' },
        body: '{}',
      });
      expect(guest.status).toBe(200);
      expect(guest.headers.get('x-request-id')).toBe('edge-0123456789');
      const access = await server.waitFor('http.request');
      expect(access).toMatchObject({
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reqId: expect.any(String),
        method: 'GET',
        path: '/healthz',
        status: 200,
      });
      expect(await server.waitFor('http.request', (l) => l.reqId === 'edge-0123456789')).toMatchObject({
        path: '/api/auth.guest',
        status: 200,
      });
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    expect(server.lines.map((l) => l.event)).toEqual(expect.arrayContaining(['serve.stopping', 'serve.stopped']));
    // Nothing personal in any line: no tokens, no secrets.
    const all = JSON.stringify(server.lines);
    expect(all).not.toContain(secrets.SESSION_SECRET);
    expect(all).not.toMatch(/Bearer|token"/);
  });
});

describe('the commands of docs/deploy.md', () => {
  it('npm run serve starts the production host in a terminal, and Ctrl-C stops it gracefully', async () => {
    const env = baseEnv(await freshDatabase(process.env.PG_TEST_SERVER!));
    const server = runEntry('serve', env, [], true);
    const { url } = await server.waitFor('serve.started');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // Ctrl-C signals the terminal's whole foreground process group: npm, and the host under it.
    // (npm itself does not pass SIGTERM on, which is why the systemd unit runs node directly.)
    process.kill(-server.child.pid!, 'SIGINT');
    await server.exited;
    await server.waitFor('serve.stopped');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('npm run admin makes the first admin and prints a bind code, with which they set a password and sign in', async () => {
    const env = baseEnv(await freshDatabase(process.env.PG_TEST_SERVER!));
    const usage = runEntry('admin', env, ['--number', '0001']);
    expect(await usage.exited).toBe(2);
    const admin = runEntry('admin', env, ['--number', '0001', '--name', '张敏', '--department', '评议办'], true);
    expect(await admin.exited).toBe(0);
    const ready = await admin.waitFor('admin.ready');
    expect(ready).toMatchObject({
      number: '0001',
      promoted: false,
      code: expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/),
    });
    expect(admin.text.join('\n')).toContain(`绑定码 ${ready.code}`);

    const host = await startProductionHost(env, {
      logger: memoryLogger(),
      scheduler: { sweepEveryMs: 3_600_000, dispatchEveryMs: 3_600_000 },
    });
    try {
      const post = async (action: string, payload: unknown) =>
        (await (
          await fetch(`${host.url}/api/${action}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(payload),
          })
        ).json()) as any;
      expect((await post('auth.setPassword', { code: ready.code, password: 'first-admin-2026' })).ok).toBe(true);
      expect((await post('auth.staffLogin', { number: '0001', password: 'first-admin-2026' })).data.role).toBe('admin');
      expect((await host.store.org.departments()).map((d) => d.name)).toEqual(['评议办']);
    } finally {
      await host.close();
    }
    // Run again for the same 工号 (a forgotten password): the same record, a new code.
    const again = runEntry('admin', env, ['--number', '0001', '--name', '张敏', '--department', '评议办']);
    expect(await again.exited).toBe(0);
    expect(await again.waitFor('admin.ready')).toMatchObject({ staffId: ready.staffId, promoted: true });
  });
});

describe('two instances on one PostgreSQL', () => {
  let a: ProductionHost;
  let b: ProductionHost;
  const clock = fixedClock('2026-11-24T02:00:00.000Z');
  afterEach(async () => {
    await a?.close();
    await b?.close();
  });

  it('sweep and deliver each notice once, however the timers of both overlap', async () => {
    const env = baseEnv(await freshDatabase(process.env.PG_TEST_SERVER!));
    // Timers far apart: the test runs the rounds itself, at once on both instances.
    const scheduler = { sweepEveryMs: 3_600_000, dispatchEveryMs: 3_600_000 };
    [a, b] = await Promise.all([
      startProductionHost(env, { logger: memoryLogger(), clock, scheduler }),
      startProductionHost(env, { logger: memoryLogger(), clock, scheduler }),
    ]);
    await seedOrg(a.store);
    const post = async (host: ProductionHost, action: string, payload: unknown, token: string) =>
      (await (
        await fetch(`${host.url}/api/${action}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(payload),
        })
      ).json()) as any;
    const staffToken = a.core.deps.tokens.sign(
      { subject: `wx:${staffA.openid}`, staffId: staffA.id },
      30 * 86400,
      clock.now(),
    );
    const resident = (
      (await (
        await fetch(`${b.url}/api/auth.guest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).json()) as any
    ).data.token;

    const complaints: any[] = [];
    for (let i = 0; i < 4; i++) {
      const card = await post(
        a,
        'card.issue',
        { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
        staffToken,
      );
      complaints.push(
        await post(
          b,
          'complaint.submit',
          { cardId: card.data.cardId, category: '服务态度', content: `第${i + 1}件：窗口人员态度生硬` },
          resident,
        ),
      );
    }
    expect(complaints.every((c) => c.ok)).toBe(true);
    const roundsAt = async (iso: string) => {
      clock.set(iso);
      await Promise.all([a.scheduler.runOnce(), b.scheduler.runOnce(), a.scheduler.runOnce(), b.scheduler.runOnce()]);
    };
    await roundsAt('2026-11-24T02:05:00.000Z'); // the new cases' notices
    await roundsAt('2026-11-29T03:00:00.000Z'); // two days before the deadline: reminders
    await roundsAt('2026-12-02T03:00:00.000Z'); // overdue: escalation

    // The cases went to the head of the card staff's department: their 消息 has every notice once.
    const headToken = a.core.deps.tokens.sign(
      { subject: `wx:${head.openid}`, staffId: head.id },
      30 * 86400,
      clock.now(),
    );
    const inbox = (await post(a, 'message.list', {}, headToken)).data.messages as { kind: string }[];
    const count = (kind: string) => inbox.filter((m) => m.kind === kind).length;
    expect([count('case.new'), count('case.remind'), count('case.overdue')]).toEqual([4, 4, 4]);
    const db = await openPostgres(env.DATABASE_URL, 1);
    try {
      // Every notice delivered, and no recipient told the same thing about the same case twice.
      const [outbox] = await db.query<{ total: number; pending: number }>(
        "SELECT count(*) AS total, count(*) FILTER (WHERE status = 'pending') AS pending FROM outbox",
      );
      expect(outbox).toEqual({ total: expect.any(Number), pending: 0 });
      const [messages] = await db.query<{ n: number; once: number }>(
        'SELECT count(*) AS n, count(DISTINCT (recipient_key, kind, complaint_id, card_id)) AS once FROM messages',
      );
      expect(messages.n).toBe(messages.once);
      expect(messages.n).toBeGreaterThanOrEqual(12);
    } finally {
      await db.close();
    }
  });
});
