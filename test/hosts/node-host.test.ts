/**
 * The Node host in-process on a real socket (127.0.0.1, a free port): the shared action suite over HTTP,
 * then what only HTTP has — JSON parsing, tokens, statuses, limits, health, local-only actions.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHttpApp, type HttpAppOptions } from '../../server/hosts/node/http-app';
import { createRuntime } from '../../server/hosts/runtime';
import { fixedClock } from '../../server/adapters/system/clocks';
import { type Logger } from '../../server/ports/logger';
import { memoryLogger, silentLogger } from '../../server/adapters/system/loggers';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../../server/core/dispatch';
import { closeSharedPglite, freshPgliteStore, sharedPgliteClient } from '../support/pglite-shared';
import { openPostgres } from '../../server/adapters/store-sql/pg-client';
import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import type { SqlClient } from '../../server/adapters/store-sql/sql-client';
import type { Store } from '../../server/ports/store';
import { freshDatabase } from '../support/postgres-server';
import { dumpSql } from '../support/sql-dump';
import { describeNoRawIdentity } from './privacy.suite';
import { describeAuditTrail } from './audit.suite';
import { describeBadInput, stringPaths } from './bad-input.suite';
import { ALL_ACTIONS } from '../../server/core/registry';
import { z } from 'zod';
import { describeRetries } from './retries.suite';
import { head, seedOrg, staffA, staffB } from '../support/fixtures';
import { describeActions } from './actions.suite';
import { describeComplaints } from './complaints.suite';
import { describeExports, describeReport } from './exports.suite';
import { describeRectifications } from './rectifications.suite';
import { describeFollowups } from './followups.suite';
import { describeSupervision } from './supervision.suite';
import { describeCards } from './cards.suite';
import { describeOrg } from './org.suite';
import { describeAccountability, describeAssessmentImport } from './accountability.suite';
import type { TestHost } from './harness';
import { startScheduler } from '../../server/hosts/node/scheduler';
import { runSweep } from '../../server/jobs/sweep';
import { dispatchOutbox } from '../../server/jobs/dispatch';

/** The store behind a host: the shared PGlite by default, or a fresh database on the test PostgreSQL. */
async function sqlStore(engine: 'pglite' | 'postgres'): Promise<{ store: Store; sql: SqlClient }> {
  if (engine === 'pglite') return { store: await freshPgliteStore(), sql: await sharedPgliteClient() };
  const sql = await openPostgres(await freshDatabase(process.env.PG_TEST_SERVER!));
  return { store: await createSqlStore(sql), sql };
}

/** A residents named `wx-…` sign in through WeChat (code2Session's double: the OPENID is `oWX-<name>-id`). */
const WX_PREFIX = 'wx-';
const wxLoginDouble = { openidFor: async (code: string) => `oWX-${code}-id` };

async function openNodeHost(
  mode: 'local' | 'production' = 'local',
  http: HttpAppOptions = {},
  logger: Logger = silentLogger,
  engine: 'pglite' | 'postgres' = 'pglite',
) {
  const { store, sql } = await sqlStore(engine);
  const clock = fixedClock('2026-11-24T02:00:00.000Z');
  const env = mode === 'production' ? { SESSION_SECRET: 's'.repeat(32), IDENTITY_PEPPER: 'p'.repeat(32) } : {};
  const core = await createRuntime({
    store,
    mode,
    publicBaseUrl: 'https://hall.example.cn',
    clock,
    logger,
    env,
    wxLogin: wxLoginDouble,
  });
  const subjects: string[] = [];
  const app = buildHttpApp(core, http);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const residentTokens = new Map<string, string>();
  const request = async (
    method: string,
    path: string,
    body?: string | Uint8Array,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(`${base}${path}`, { method, headers, body });
    const text = await res.text();
    return {
      statusCode: res.status,
      headers: Object.fromEntries(res.headers.entries()),
      text,
      json: () => JSON.parse(text),
    };
  };
  const post = (action: string, body: string | undefined, headers: Record<string, string> = {}) =>
    request('POST', `/api/${action}`, body, { 'content-type': 'application/json', ...headers });

  const host: TestHost & {
    app: FastifyInstance;
    core: Core;
    post: typeof post;
    request: typeof request;
    base: string;
  } = {
    name: 'node',
    base,
    store,
    app,
    core,
    post,
    request,
    setNow: (iso) => clock.set(iso),
    async signIn(as) {
      if (as === 'nobody' || 'staff' in as || residentTokens.has(as.resident)) return;
      const wechat = as.resident.startsWith(WX_PREFIX);
      const r = wechat
        ? await post('auth.wxLogin', JSON.stringify({ code: as.resident }))
        : await post('auth.guest', '{}');
      const token: string = r.json().data.token;
      residentTokens.set(as.resident, token);
      const subject: string = core.deps.tokens.verify(token, clock.now())!.subject;
      subjects.push(subject, subject.slice(subject.indexOf(':') + 1));
    },
    async call(action, payload, as, requestId) {
      const headers: Record<string, string> = {};
      if (requestId) headers['idempotency-key'] = requestId;
      if (as !== 'nobody') {
        if ('staff' in as) {
          headers.authorization = `Bearer ${core.deps.tokens.sign({ subject: `dev:staff:${as.staff.id}`, staffId: as.staff.id }, 3600 * 24 * 30, clock.now())}`;
        } else {
          await host.signIn!(as);
          headers.authorization = `Bearer ${residentTokens.get(as.resident)}`;
        }
      }
      const res = await post(action, JSON.stringify(payload), headers);
      return { status: res.statusCode, body: res.json() };
    },
    async uploadSheet(bytes, as) {
      if (as === 'nobody' || !('staff' in as)) throw new Error('staff upload sheets');
      const token = core.deps.tokens.sign(
        { subject: `dev:staff:${as.staff.id}`, staffId: as.staff.id },
        3600,
        clock.now(),
      );
      const res = await request('POST', '/api/upload-sheet', bytes, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        authorization: `Bearer ${token}`,
      });
      if (res.statusCode !== 200) throw new Error(`upload-sheet: ${res.text}`);
      return res.json().data.fileId;
    },
    async download(url) {
      const res = await fetch(`${base}${url}`);
      return {
        status: res.status,
        bytes: Buffer.from(await res.arrayBuffer()),
        headers: Object.fromEntries(res.headers.entries()),
      };
    },
    close: async () => {
      await app.close();
      await store.close(); // closes a PostgreSQL database; the shared PGlite stays open
    },
    sweep: async () => {
      await runSweep(core.deps);
      await dispatchOutbox(core.deps);
    },
    privacy: {
      dump: () => dumpSql(sql),
      rawIdentities: () => [...subjects],
      async photo(as) {
        await host.call('auth.me', {}, as); // signs the resident in
        const token = residentTokens.get((as as { resident: string }).resident)!;
        const jpeg = new Uint8Array([
          0xff,
          0xd8,
          0xff,
          0xe0,
          0,
          16,
          0x4a,
          0x46,
          0x49,
          0x46,
          ...Array.from({ length: 64 }, (_, i) => i),
        ]);
        const res = await request('POST', '/api/upload', jpeg, {
          'content-type': 'image/jpeg',
          authorization: `Bearer ${token}`,
        });
        return res.json().data.fileId;
      },
    },
  };
  return host;
}

afterAll(closeSharedPglite);

describe('Node host: actions', () => {
  describeActions(() => openNodeHost());
});

describe('Node host: complaints', () => {
  describeComplaints(() => openNodeHost());
});

describe('Node host: exports', () => {
  describeExports(() => openNodeHost());
});

describe('Node host: 评议报告', () => {
  describeReport(() => openNodeHost());
});

describe('Node host: rectifications', () => {
  describeRectifications(() => openNodeHost());
});

describe('Node host: 差评回访 and appeals (PGlite)', () => {
  describeFollowups(() => openNodeHost());
});

describe('Node host: 差评回访 and appeals (PostgreSQL)', () => {
  describeFollowups(() => openNodeHost('local', {}, silentLogger, 'postgres'));
});

describe('Node host: 延期, 督办单 and the ladder (PGlite)', () => {
  describeSupervision(() => openNodeHost());
});

describe('Node host: 延期, 督办单 and the ladder (PostgreSQL)', () => {
  describeSupervision(() => openNodeHost('local', {}, silentLogger, 'postgres'));
});

describe('Node host: the service case on a card (PGlite)', () => {
  describeCards(() => openNodeHost());
});

describe('Node host: the service case on a card (PostgreSQL)', () => {
  describeCards(() => openNodeHost('local', {}, silentLogger, 'postgres'));
});

describe('Node host: accountability', () => {
  describeAccountability(() => openNodeHost());
});

describe('Node host: assessment import', () => {
  describeAssessmentImport(() => openNodeHost());
});

describe('Node host: the audit trail', () => {
  describeAuditTrail(() => openNodeHost());
});

describe('Node host: organisation', () => {
  describeOrg(() => openNodeHost());
});

describe('Node host: no raw identity in any table (PGlite)', () => {
  describeNoRawIdentity(() => openNodeHost(), {
    guest: { resident: 'guest-g1' },
    wechat: { resident: `${WX_PREFIX}w1` },
  });
});

describe('Node host: no raw identity in any table (PostgreSQL)', () => {
  describeNoRawIdentity(() => openNodeHost('local', {}, silentLogger, 'postgres'), {
    guest: { resident: 'guest-g1' },
    wechat: { resident: `${WX_PREFIX}w1` },
  });
});

describe('Node host: text and dates no store can keep (PGlite)', () => {
  describeBadInput(() => openNodeHost(), { localActions: true });
});

describe('Node host: text and dates no store can keep (PostgreSQL)', () => {
  describeBadInput(() => openNodeHost('local', {}, silentLogger, 'postgres'), { localActions: true });
});

describe('Node host: retries get the first answer (PGlite)', () => {
  describeRetries(() => openNodeHost());
});

describe('Node host: retries get the first answer (PostgreSQL)', () => {
  describeRetries(() => openNodeHost('local', {}, silentLogger, 'postgres'));
});

describe('Node host: slow and greedy clients', () => {
  let host: Awaited<ReturnType<typeof openNodeHost>>;
  afterEach(() => host.close());
  const port = () => Number(new URL(host.base).port);
  /** Resolves with how long the server kept the socket open. */
  const closedAfter = (socket: Socket) => {
    const started = Date.now();
    return new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  };

  it('keeps an idle connection longer than nginx and Node’s fetch keep theirs, so the peer always closes first', async () => {
    // A server that closes an idle keep-alive socket first races a request reusing it: a 502
    // behind nginx, ECONNRESET for a direct client (it broke a test under load with 5 s).
    host = await openNodeHost();
    const upstream = /upstream pj_app \{[^}]*keepalive_timeout (\d+)s;/.exec(
      readFileSync('docs/deploy/nginx.conf', 'utf8'),
    );
    expect(upstream).not.toBeNull();
    expect(host.app.server.keepAliveTimeout).toBeGreaterThan(Number(upstream![1]) * 1000);
    expect(host.app.server.keepAliveTimeout).toBeGreaterThan(4_000 + 2_000);
    // …and it does keep one: a request after a pause longer than the old 5 s reuses the socket.
    const socket = createConnection({ port: port(), host: '127.0.0.1' });
    await new Promise((resolve) => socket.once('connect', resolve));
    const ask = () =>
      new Promise<string>((resolve) => {
        socket.once('data', (d) => resolve(d.toString()));
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      });
    expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(socket.destroyed).toBe(false);
    expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
  }, 20_000);

  it('drops a client that trickles its body, or never finishes its headers, once its time is up', async () => {
    host = await openNodeHost('local', { requestTimeoutMs: 1500, headersTimeoutMs: 1000 });
    // 10 bytes every 300 ms of a declared 60 KB body: it would take half an hour.
    const trickle = createConnection(port(), '127.0.0.1');
    trickle.on('error', () => undefined);
    const trickleClosed = closedAfter(trickle);
    trickle.write(
      'POST /api/card.get HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n',
    );
    const drip = setInterval(() => trickle.writable && trickle.write('0123456789'), 300);
    // Headers never finished.
    const stall = createConnection(port(), '127.0.0.1');
    stall.on('error', () => undefined);
    const stallClosed = closedAfter(stall);
    stall.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    try {
      expect(await stallClosed).toBeLessThan(4000);
      expect(await trickleClosed).toBeLessThan(5000);
    } finally {
      clearInterval(drip);
      trickle.destroy();
      stall.destroy();
    }
    // The host still serves everyone else.
    expect((await host.request('GET', '/healthz')).statusCode).toBe(200);
  }, 20_000);

  it('caps the connections one address may hold open; behind a trusted proxy the proxy does', async () => {
    host = await openNodeHost('local', { maxConnectionsPerAddress: 3 });
    const sockets = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<Socket>((resolve) => {
            const s = createConnection(port(), '127.0.0.1', () => resolve(s));
            s.on('error', () => undefined);
          }),
      ),
    );
    const fourth = closedAfter(sockets[3]);
    expect(await fourth).toBeLessThan(2000);
    expect(sockets.slice(0, 3).every((s) => !s.destroyed)).toBe(true);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await host.request('GET', '/healthz')).statusCode).toBe(200);
    await host.close();
    host = await openNodeHost('local', { maxConnectionsPerAddress: 3, trustProxy: '127.0.0.1' });
    const many = Array.from({ length: 6 }, () => host.request('GET', '/healthz'));
    expect((await Promise.all(many)).map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
  });
});

/** The headers every answer carries, whatever produced it (an action, Fastify, Node's parser). */
function expectSecured(headers: Record<string, string>) {
  expect(headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
  });
}

/** Bytes as written (fetch would normalise them), the answer read until the server closes. */
function rawRequest(
  port: number,
  text: string,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (data += d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const status = Number(statusLine.split(' ')[1]);
      if (!status) return reject(new Error(`no HTTP answer: ${JSON.stringify(data.slice(0, 200))}`));
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('Node host: HTTP specifics', () => {
  let host: Awaited<ReturnType<typeof openNodeHost>>;
  beforeEach(async () => {
    host = await openNodeHost();
    await seedOrg(host.store);
  });
  afterEach(() => host.close());

  const expectError = (res: { statusCode: number; json(): any }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
  };

  it('answers malformed JSON with 400 REQUEST.MALFORMED and writes nothing', async () => {
    const before = await host.store.counts();
    expectError(await host.post('auth.guest', '{"a":'), 400, 'REQUEST.MALFORMED');
    const guest = (await host.post('auth.guest', '')).json().data.token;
    expectError(
      await host.post('evaluation.submit', '{level: 5}', { authorization: `Bearer ${guest}` }),
      400,
      'REQUEST.MALFORMED',
    );
    expect(await host.store.counts()).toEqual(before);
  });

  it('answers a JSON body that is not valid UTF-8 with 400 REQUEST.MALFORMED and writes nothing', async () => {
    const staff = (await host.post('dev.login', JSON.stringify({ role: 'staff', staffId: staffA.id }))).json().data
      .token;
    const postBytes = (body: Buffer) =>
      host.request('POST', '/api/card.issue', new Uint8Array(body), {
        'content-type': 'application/json',
        authorization: `Bearer ${staff}`,
      });
    const before = await host.store.counts();
    // 0xC3 0x28: a lead byte followed by a byte that cannot continue it; 0xFF never occurs in UTF-8.
    for (const bad of [[0xc3, 0x28], [0xff], [0xe4, 0xb8]]) {
      const body = Buffer.concat([
        Buffer.from('{"matter":"不动产'),
        Buffer.from(bad),
        Buffer.from('登记","matterType":"承诺件","promisedDays":5}'),
      ]);
      expectError(await postBytes(body), 400, 'REQUEST.MALFORMED');
    }
    expect(await host.store.counts()).toEqual(before);
    // The same body, valid, is taken.
    const good = Buffer.from('{"matter":"不动产登记","matterType":"承诺件","promisedDays":5}');
    expect((await postBytes(good)).statusCode).toBe(200);
  });

  it('answers invalid UTF-8 in any string field of any action (found from the schemas) with 400 before anything runs', async () => {
    const staff = (await host.post('dev.login', JSON.stringify({ role: 'staff', staffId: staffA.id }))).json().data
      .token;
    const before = await host.store.counts();
    const failures: string[] = [];
    for (const action of ALL_ACTIONS) {
      const schema = z.toJSONSchema(action.input, { io: 'input', unrepresentable: 'any' }) as Parameters<
        typeof stringPaths
      >[0];
      for (const path of stringPaths(schema)) {
        // The field's value is a marker, replaced by bytes that no UTF-8 decoder accepts.
        const json = JSON.stringify(path.reduceRight<unknown>((v, k) => (/^\d+$/.test(k) ? [v] : { [k]: v }), 'MARK'));
        const [head, tail] = json.split('MARK');
        const body = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(tail)]);
        const res = await host.request('POST', `/api/${action.name}`, new Uint8Array(body), {
          'content-type': 'application/json',
          authorization: `Bearer ${staff}`,
        });
        if (res.statusCode !== 400 || res.json().error?.code !== 'REQUEST.MALFORMED')
          failures.push(`${action.name} ${path.join('.')}: ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await host.store.counts()).toEqual(before);
  }, 60_000);

  it('refuses a forged or expired token with 401, and a non-JSON body with 415', async () => {
    const token = (await host.post('auth.guest', '{}')).json().data.token as string;
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expectError(await host.post('auth.me', '{}', { authorization: `Bearer ${forged}` }), 401, 'AUTH.INVALID_TOKEN');
    expectError(await host.post('auth.me', '{}', { authorization: 'Basic abc' }), 401, 'AUTH.INVALID_TOKEN');
    host.setNow('2027-12-01T00:00:00.000Z');
    expectError(await host.post('auth.me', '{}', { authorization: `Bearer ${token}` }), 401, 'AUTH.INVALID_TOKEN');
    const res = await host.request('POST', '/api/auth.me', 'hi', { 'content-type': 'text/plain' });
    expectError(res, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('limits the body size with 413', async () => {
    expectError(
      await host.post('auth.guest', JSON.stringify({ pad: 'x'.repeat(70 * 1024) })),
      413,
      'REQUEST.TOO_LARGE',
    );
  });

  it('only POSTs reach actions; other paths are 404', async () => {
    expectError(await host.request('GET', '/api/card.get'), 405, 'ACTION.UNKNOWN');
    expect((await host.request('GET', '/nowhere')).statusCode).toBe(404);
  });

  it('sends a browser from a QR’s short address to the H5 page, and nowhere else', async () => {
    const card = await fetch(`${host.base}/c/Ab3dEf6hIj9kLm2nOp4q`, { redirect: 'manual' });
    expect([card.status, card.headers.get('location')]).toEqual([302, '/#/pages/card/index?id=Ab3dEf6hIj9kLm2nOp4q']);
    const win = await fetch(`${host.base}/w/WIN0000001`, { redirect: 'manual' });
    expect([win.status, win.headers.get('location')]).toEqual([302, '/#/pages/window/index?id=WIN0000001']);
    expect((await fetch(`${host.base}/c/..%2F..%2Fetc`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${host.base}/c/${'x'.repeat(40)}`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${host.base}/c/abc123.txt`)).status).toBe(404); // no verification file here
  });

  it('serves WeChat’s verification file for the plain-URL QR rule under both prefixes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    writeFileSync(join(dir, 'Zk3YpQwE2b.txt'), '6f1c2a9d0b7e');
    const verifying = await openNodeHost('local', { wechatVerifyDir: dir });
    try {
      for (const prefix of ['c', 'w']) {
        const res = await fetch(`${verifying.base}/${prefix}/Zk3YpQwE2b.txt`);
        expect([res.status, await res.text()]).toEqual([200, '6f1c2a9d0b7e']);
      }
      expect((await fetch(`${verifying.base}/c/other.txt`)).status).toBe(404);
    } finally {
      await verifying.close();
    }
  });

  it('answers what the framework refuses (bad URL, too large, wrong type, no such route) with the security headers and, under /api/, the envelope', async () => {
    const json = { 'content-type': 'application/json' };
    const refused: [Awaited<ReturnType<typeof host.request>>, number, string][] = [
      // A percent-escape that decodes to no character: Fastify's router refuses it before any hook.
      [await host.request('POST', '/api/%ff', '{}', json), 400, 'REQUEST.MALFORMED'],
      [await host.request('GET', '/api/%ff'), 400, 'REQUEST.MALFORMED'],
      [await host.request('POST', '/api/card.get%e0%a4%a', '{}', json), 400, 'REQUEST.MALFORMED'],
      [await host.post('auth.guest', JSON.stringify({ pad: 'x'.repeat(70 * 1024) })), 413, 'REQUEST.TOO_LARGE'],
      [
        await host.request('POST', '/api/auth.me', 'hi', { 'content-type': 'text/plain' }),
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      ],
      [await host.request('GET', '/api/card.get'), 405, 'ACTION.UNKNOWN'],
      [await host.request('GET', '/api'), 404, 'ACTION.UNKNOWN'],
      [await host.request('POST', '/api', '{}', json), 404, 'ACTION.UNKNOWN'],
    ];
    for (const [res, status, code] of refused) {
      expectError(res, status, code);
      expectSecured(res.headers);
      expect(res.headers['x-request-id']).toBeTruthy();
    }
    for (const path of ['/nowhere', '/%ff']) {
      const res = await host.request('GET', path);
      expect([404, 400]).toContain(res.statusCode);
      expect(res.text).not.toContain('FST_');
      expectSecured(res.headers);
    }
  });

  it('answers a request Node cannot parse (headers too large, a garbled request line) with the security headers and an envelope', async () => {
    const port = Number(new URL(host.base).port);
    const overflow = await rawRequest(
      port,
      `GET /api/auth.me HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20 * 1024)}\r\n\r\n`,
    );
    expect(overflow.status).toBe(431);
    expectSecured(overflow.headers);
    expect(JSON.parse(overflow.body)).toEqual({
      ok: false,
      error: { code: 'REQUEST.TOO_LARGE', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
    const garbled = await rawRequest(port, 'HELLO THERE\r\n\r\n');
    expect(garbled.status).toBe(400);
    expectSecured(garbled.headers);
    expect(JSON.parse(garbled.body).error.code).toBe('REQUEST.MALFORMED');
    expect((await host.request('GET', '/healthz')).statusCode).toBe(200);
  });

  it('reports health and sets security headers', async () => {
    const res = await host.request('GET', '/healthz');
    expect(res.json()).toEqual({ ok: true, store: 'pglite', mode: 'local' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends a content security policy that allows only what the H5 build loads', async () => {
    const policy = (await host.request('GET', '/healthz')).headers['content-security-policy'];
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    );
    // test/e2e/csp.test.ts visits every page under this policy and sees no violation.
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('binding a WeChat account needs WeChat: a browser guest is told so', async () => {
    const guest = (await host.post('auth.guest', '{}')).json().data.token;
    expectError(
      await host.post('auth.bind', JSON.stringify({ code: 'ABCD-EFGH' }), { authorization: `Bearer ${guest}` }),
      409,
      'AUTH.NOT_WECHAT',
    );
  });

  it('local mode lists demo identities and logs in as any of them', async () => {
    const ids = (await host.post('dev.identities', '{}')).json().data.identities;
    expect(ids.some((i: any) => i.staffId === staffA.id && i.role === 'staff')).toBe(true);
    const login = (await host.post('dev.login', JSON.stringify({ role: 'staff', staffId: staffA.id }))).json().data;
    const me = (await host.post('auth.me', '{}', { authorization: `Bearer ${login.token}` })).json().data;
    expect(me).toMatchObject({ role: 'staff', localMode: true, staff: { id: staffA.id } });
    expectError(
      await host.post('dev.login', JSON.stringify({ role: 'admin', staffId: staffA.id })),
      400,
      'DEV.ROLE_MISMATCH',
    );
  });
});

describe('Node host: behind a reverse proxy', () => {
  const proxied = {
    trustProxy: '127.0.0.1',
    corsOrigins: ['https://admin.hall.example.cn'],
    hsts: true,
    accessLog: true,
  };

  it('limits guests per client address (from X-Forwarded-For only when the proxy is trusted), with Retry-After', async () => {
    const host = await openNodeHost('local', proxied);
    try {
      const from = (ip: string) => host.post('auth.guest', '{}', { 'x-forwarded-for': ip });
      // A hall's Wi-Fi: a thousand browser residents an hour behind one address are all let in.
      for (let i = 0; i < 10; i++)
        expect(
          (await Promise.all(Array.from({ length: 100 }, () => from('203.0.113.7')))).every(
            (r) => r.statusCode === 200,
          ),
        ).toBe(true);
      const before = await host.store.counts();
      const limited = await from('203.0.113.7');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error).toMatchObject({ code: 'RATE.LIMITED', retryAfter: 3600 });
      expect(limited.headers['retry-after']).toBe('3600');
      expect(await host.store.counts()).toEqual(before);
      // A neighbour behind another address is unaffected.
      expect((await from('198.51.100.4')).statusCode).toBe(200);
    } finally {
      await host.close();
    }
    // Not trusting the proxy: a forged X-Forwarded-For does not buy a fresh allowance.
    const direct = await openNodeHost('local');
    try {
      for (let i = 0; i < 1000; i += 100)
        await Promise.all(
          Array.from({ length: 100 }, (_, j) =>
            direct.post('auth.guest', '{}', { 'x-forwarded-for': `10.0.${(i + j) >> 8}.${(i + j) & 255}` }),
          ),
        );
      expect((await direct.post('auth.guest', '{}', { 'x-forwarded-for': '10.9.9.9' })).statusCode).toBe(429);
    } finally {
      await direct.close();
    }
  }, 60_000);

  it('keeps the proxy’s request id (or makes one), answers it, and logs one line per request', async () => {
    const logger = memoryLogger();
    const host = await openNodeHost('local', proxied, logger);
    try {
      const res = await host.post('auth.guest', '{}', { 'x-request-id': 'nginx-5f2c0a7d9e' });
      expect(res.headers['x-request-id']).toBe('nginx-5f2c0a7d9e');
      const fresh = await host.request('GET', '/healthz?sig=secret', undefined, {
        'x-request-id': 'bad id with spaces',
      });
      expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const access = logger.lines.filter((l) => l.event === 'http.request');
      expect(access.map((l) => l.fields)).toEqual([
        { reqId: 'nginx-5f2c0a7d9e', method: 'POST', path: '/api/auth.guest', status: 200, ms: expect.any(Number) },
        { reqId: fresh.headers['x-request-id'], method: 'GET', path: '/healthz', status: 200, ms: expect.any(Number) },
      ]);
    } finally {
      await host.close();
    }
  });

  it('sends HSTS and the allowed origin on what the framework refuses too, and logs it', async () => {
    const logger = memoryLogger();
    const host = await openNodeHost('local', proxied, logger);
    try {
      const origin = { origin: 'https://admin.hall.example.cn' };
      for (const res of [
        await host.request('GET', '/api/%ff', undefined, origin),
        await host.request('POST', '/api/auth.me', 'hi', { 'content-type': 'text/plain', ...origin }),
        await host.request('GET', '/nowhere', undefined, origin),
      ]) {
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expectSecured(res.headers);
        expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
        expect(res.headers['access-control-allow-origin']).toBe('https://admin.hall.example.cn');
      }
      const overflow = await rawRequest(
        Number(new URL(host.base).port),
        `GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20 * 1024)}\r\n\r\n`,
      );
      expect(overflow.headers['strict-transport-security']).toBe('max-age=31536000');
      const access = logger.lines
        .filter((l) => l.event === 'http.request')
        .map((l) => [l.fields?.path, l.fields?.status]);
      expect(access).toContainEqual(['/api/%ff', 400]);
    } finally {
      await host.close();
    }
  }, 20_000);

  it('keeps CORS closed except to configured origins, and sends HSTS', async () => {
    const closed = await openNodeHost('local');
    try {
      const res = await closed.post('auth.guest', '{}', { origin: 'https://evil.example.com' });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      const preflight = await closed.request('OPTIONS', '/api/auth.guest', undefined, {
        origin: 'https://evil.example.com',
        'access-control-request-method': 'POST',
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await closed.close();
    }
    const host = await openNodeHost('local', proxied);
    try {
      const preflight = await host.request('OPTIONS', '/api/complaint.submit', undefined, {
        origin: 'https://admin.hall.example.cn',
        'access-control-request-method': 'POST',
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('https://admin.hall.example.cn');
      expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
      const res = await host.post('auth.guest', '{}', { origin: 'https://admin.hall.example.cn' });
      expect(res.headers['access-control-allow-origin']).toBe('https://admin.hall.example.cn');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
      const other = await host.post('auth.guest', '{}', { origin: 'https://evil.example.com' });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await host.close();
    }
  });
});

describe('Node host: staff sign-in on a PC', () => {
  let host: Awaited<ReturnType<typeof openNodeHost>>;
  beforeEach(async () => {
    host = await openNodeHost('production');
    await seedOrg(host.store);
  });
  afterEach(() => host.close());
  // The office signs in through WeChat here (its bound OPENID), as the first admin usually does.
  const adminToken = () =>
    host.core.deps.tokens.sign({ subject: `wx:${head.openid}` }, 3600, host.core.deps.clock.now());
  const codeFor = async (staffId: string) =>
    (await host.post('org.bindCode', JSON.stringify({ staffId }), { authorization: `Bearer ${adminToken()}` })).json()
      .data.code as string;

  it('a bind code sets the password once; 工号 and password then open a 12-hour staff session', async () => {
    const code = await codeFor(staffA.id);
    const before = await host.store.counts();
    const short = await host.post('auth.setPassword', JSON.stringify({ code, password: 'short' }));
    expect([short.statusCode, short.json().error.code]).toEqual([400, 'REQUEST.INVALID']);
    expect(await host.store.counts()).toEqual(before);
    const set = await host.post(
      'auth.setPassword',
      JSON.stringify({ code: code.toLowerCase(), password: '窗口服务 2026 good' }),
    );
    expect(set.json()).toEqual({
      ok: true,
      data: { staff: { id: staffA.id, name: staffA.name, number: staffA.number } },
    });
    expect((await host.store.passwords.get(staffA.id))?.hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    const reused = await host.post('auth.setPassword', JSON.stringify({ code, password: 'another password' }));
    expect(reused.json().error.code).toBe('AUTH.BAD_BIND_CODE');

    const login = await host.post(
      'auth.staffLogin',
      JSON.stringify({ number: ` ${staffA.number} `, password: '窗口服务 2026 good' }),
    );
    expect(login.json().data).toEqual({
      token: expect.any(String),
      expiresAt: '2026-11-24T14:00:00.000Z',
      role: 'staff',
    });
    const me = await host.post('auth.me', '{}', { authorization: `Bearer ${login.json().data.token}` });
    expect(me.json().data).toMatchObject({ role: 'staff', staff: { id: staffA.id } });
    host.setNow('2026-11-24T14:00:01.000Z');
    expect((await host.post('auth.me', '{}', { authorization: `Bearer ${login.json().data.token}` })).statusCode).toBe(
      401,
    );
  });

  it('a new password ends the sessions opened with the old one', async () => {
    await host.post(
      'auth.setPassword',
      JSON.stringify({ code: await codeFor(staffA.id), password: 'first password 1' }),
    );
    const old = (
      await host.post('auth.staffLogin', JSON.stringify({ number: staffA.number, password: 'first password 1' }))
    ).json().data.token;
    expect((await host.post('auth.me', '{}', { authorization: `Bearer ${old}` })).statusCode).toBe(200);
    host.setNow('2026-11-24T03:00:00.000Z');
    await host.post(
      'auth.setPassword',
      JSON.stringify({ code: await codeFor(staffA.id), password: 'second password 2' }),
    );
    const stale = await host.post('auth.me', '{}', { authorization: `Bearer ${old}` });
    expect([stale.statusCode, stale.json().error.code]).toEqual([401, 'AUTH.INVALID_TOKEN']);
    const fresh = (
      await host.post('auth.staffLogin', JSON.stringify({ number: staffA.number, password: 'second password 2' }))
    ).json().data.token;
    expect((await host.post('auth.me', '{}', { authorization: `Bearer ${fresh}` })).json().data.staff.id).toBe(
      staffA.id,
    );
  });

  it('a wrong password and an unknown 工号 get the same answer; after 5 wrong ones the address waits a minute', async () => {
    await host.post(
      'auth.setPassword',
      JSON.stringify({ code: await codeFor(staffA.id), password: 'correct horse battery' }),
    );
    const wrong = await host.post(
      'auth.staffLogin',
      JSON.stringify({ number: staffA.number, password: 'wrong password' }),
    );
    const unknown = await host.post('auth.staffLogin', JSON.stringify({ number: 'Z999', password: 'wrong password' }));
    const noPassword = await host.post(
      'auth.staffLogin',
      JSON.stringify({ number: staffB.number, password: 'wrong password' }),
    );
    for (const r of [wrong, unknown, noPassword])
      expect([r.statusCode, r.json()]).toEqual([
        401,
        { ok: false, error: { code: 'AUTH.BAD_PASSWORD', message: '工号或密码不正确' } },
      ]);
    for (let i = 0; i < 4; i++)
      await host.post('auth.staffLogin', JSON.stringify({ number: staffA.number, password: `guess ${i}` }));
    const limited = await host.post(
      'auth.staffLogin',
      JSON.stringify({ number: staffA.number, password: 'correct horse battery' }),
    );
    expect([limited.statusCode, limited.json().error.code, limited.headers['retry-after']]).toEqual([
      429,
      'RATE.LIMITED',
      '60',
    ]);
    // Another 工号 is not slowed by it; a minute later the right password works, and says how many were wrong.
    expect(
      (await host.post('auth.staffLogin', JSON.stringify({ number: staffB.number, password: 'x'.repeat(10) })))
        .statusCode,
    ).toBe(401);
    host.setNow('2026-11-24T02:01:00.000Z');
    const login = await host.post(
      'auth.staffLogin',
      JSON.stringify({ number: staffA.number, password: 'correct horse battery' }),
    );
    expect([login.statusCode, login.json().data.failedAttempts]).toEqual([200, 5]);
  });
});

describe('Node host: production mode', () => {
  it('has no dev.* actions', async () => {
    const host = await openNodeHost('production');
    try {
      const res = await host.post('dev.login', JSON.stringify({ role: 'admin' }));
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ACTION.UNKNOWN');
      for (const action of ['dev.clock', 'sweep.run']) {
        expect(
          (await host.post(action, JSON.stringify(action === 'dev.clock' ? { advanceHours: 1 } : {}))).statusCode,
        ).toBe(404);
      }
      expect((await host.post('auth.guest', '{}')).statusCode).toBe(200);
    } finally {
      await host.close();
    }
  });
});

describe('Node host: notices and the local clock', () => {
  let host: Awaited<ReturnType<typeof openNodeHost>>;
  beforeEach(async () => {
    host = await openNodeHost();
    await seedOrg(host.store);
  });
  afterEach(() => host.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const login = async (body: object) =>
    (await host.post('dev.login', JSON.stringify(body))).json().data.token as string;

  it('the scheduler delivers a new case to the handler’s 消息; dev.clock and sweep.run bring the reminder', async () => {
    const staff = await login({ role: 'staff', staffId: staffA.id });
    const resident = await login({ role: 'resident' });
    const card = (
      await host.post(
        'card.issue',
        JSON.stringify({ matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }),
        as(staff),
      )
    ).json().data;
    const filed = await host.post(
      'complaint.submit',
      JSON.stringify({ cardId: card.cardId, category: '服务态度', content: '窗口人员态度生硬' }),
      as(resident),
    );
    expect(filed.statusCode).toBe(200);
    const scheduler = startScheduler(host.core, { sweepEveryMs: 3_600_000, dispatchEveryMs: 3_600_000 });
    await scheduler.runOnce();
    await scheduler.stop();
    // The case went to the head of the card staff's department, who is told; the staff member is not.
    const handler = await login({ role: 'admin', staffId: head.id });
    const inbox = () =>
      host.post('message.list', '{}', as(handler)).then((r) => r.json().data.messages.map((m: any) => m.title));
    expect(await inbox()).toEqual(['新投诉待处理']);
    expect((await host.post('message.list', '{}', as(staff))).json().data.messages).toEqual([]);
    // Five days on (the test clock is frozen; dev.clock moves it the way it moves the local clock).
    host.setNow('2026-11-29T02:00:00.000Z');
    expect((await host.post('sweep.run', '{}')).json().data).toEqual({ cases: 1, rectifications: 0, delivered: 1 });
    expect(await inbox()).toEqual(['投诉即将到期', '新投诉待处理']);
    expect((await host.post('sweep.run', '{}')).json().data).toEqual({ cases: 0, rectifications: 0, delivered: 0 });
  });

  it('dev.clock moves the clock forward by whole hours and validates its input', async () => {
    const res = await host.post('dev.clock', JSON.stringify({ advanceHours: 24 }));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.now).toBe('2026-11-25T02:00:00.000Z');
    expect((await host.post('dev.clock', JSON.stringify({ advanceHours: 0 }))).statusCode).toBe(400);
  });
});

describe('Node host: complaint photos', () => {
  let host: Awaited<ReturnType<typeof openNodeHost>>;
  beforeEach(async () => {
    host = await openNodeHost();
    await seedOrg(host.store);
  });
  afterEach(() => host.close());

  const png = new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...Array.from({ length: 200 }, (_, i) => i % 256),
  ]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
  const login = async (body: object) =>
    `Bearer ${(await host.post('dev.login', JSON.stringify(body))).json().data.token}`;
  const upload = (bytes: Uint8Array, type: string, auth?: string) =>
    host.request('POST', '/api/upload', bytes, { 'content-type': type, ...(auth ? { authorization: auth } : {}) });
  let cardId = '';
  beforeEach(async () => {
    const staff = await login({ role: 'staff', staffId: staffA.id });
    cardId = (
      await host.post(
        'card.issue',
        JSON.stringify({ matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }),
        { authorization: staff },
      )
    ).json().data.cardId;
  });
  let n = 0;
  const fileWith = (auth: string, photos: string[], requestId = `photo-request-${n++}`) =>
    host.post(
      'complaint.submit',
      JSON.stringify({ cardId, category: '服务态度', content: '窗口人员态度生硬', photos }),
      { authorization: auth, 'idempotency-key': requestId },
    );

  it('a resident uploads a photo, files it with a complaint, and the handler loads it through a signed link', async () => {
    const alice = await login({ role: 'resident', residentName: 'alice' });
    const up = await upload(png, 'image/png', alice);
    expect(up.statusCode).toBe(200);
    const { fileId } = up.json().data;
    expect(fileId).toMatch(/^f_[0-9A-Za-z]{20}$/);
    const filed = await fileWith(alice, [fileId], 'photo-case-0001');
    expect(filed.statusCode).toBe(200);
    const { complaintId } = filed.json().data;
    expect((await fileWith(alice, [fileId], 'photo-case-0001')).json().data.complaintId).toBe(complaintId);
    const handler = await login({ role: 'admin', staffId: head.id });
    const detail = (
      await host.post('complaint.get', JSON.stringify({ complaintId }), { authorization: handler })
    ).json().data;
    expect(detail.photos).toEqual([
      { fileId, url: expect.stringMatching(new RegExp(`^/files/${fileId}\\?e=\\d+&s=`)) },
    ]);
    const img = await fetch(`${host.base}${detail.photos[0].url}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await img.arrayBuffer())).toEqual(png);
    // A forged or expired link shows nothing.
    const url: string = detail.photos[0].url;
    const forged = url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A');
    expect((await host.request('GET', forged)).statusCode).toBe(404);
    host.setNow('2026-11-24T03:00:01.000Z');
    expect((await host.request('GET', detail.photos[0].url)).statusCode).toBe(404);
  });

  it('refuses what is not a photo, too big, without identity, or another person’s — writing nothing', async () => {
    const alice = await login({ role: 'resident', residentName: 'alice' });
    const before = await host.store.counts();
    const code = (r: { statusCode: number; json(): any }) => [r.statusCode, r.json().error.code];
    expect(code(await upload(png, 'image/jpeg', alice))).toEqual([415, 'PHOTO.UNSUPPORTED']);
    expect(code(await upload(new TextEncoder().encode('<svg onload=alert(1)>'), 'image/svg+xml', alice))).toEqual([
      415,
      'PHOTO.UNSUPPORTED',
    ]);
    expect(
      code(await host.request('POST', '/api/upload', 'hello', { 'content-type': 'text/plain', authorization: alice })),
    ).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    big.set(jpeg);
    expect(code(await upload(big, 'image/jpeg', alice))).toEqual([413, 'PHOTO.TOO_LARGE']);
    expect(code(await upload(jpeg, 'image/jpeg'))).toEqual([401, 'AUTH.REQUIRED']);
    expect(await host.store.counts()).toEqual(before);
    const bob = await login({ role: 'resident', residentName: 'bob' });
    const { fileId } = (await upload(jpeg, 'image/jpeg', bob)).json().data;
    const stolen = await fileWith(alice, [fileId]);
    expect(code(stolen)).toEqual([400, 'REQUEST.INVALID']);
    expect((await host.store.counts()).complaints).toBe(0);
    expect(code(await fileWith(bob, Array(4).fill(fileId)))).toEqual([400, 'REQUEST.INVALID']);
  });
});

describe('Node host: spreadsheet uploads for imports', () => {
  let host: Awaited<ReturnType<typeof openNodeHost>>;
  beforeEach(async () => {
    host = await openNodeHost();
    await seedOrg(host.store);
  });
  afterEach(() => host.close());
  const login = async (body: object) =>
    `Bearer ${(await host.post('dev.login', JSON.stringify(body))).json().data.token}`;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const up = (bytes: Uint8Array | string, auth?: string, type = XLSX) =>
    host.request('POST', '/api/upload-sheet', bytes, {
      'content-type': type,
      ...(auth ? { authorization: auth } : {}),
    });
  const code = (r: { statusCode: number; json(): any }) => [r.statusCode, r.json().error.code];
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

  it('takes an .xlsx from staff only, checked by content and size', async () => {
    const staff = await login({ role: 'staff', staffId: staffA.id });
    const ok = await up(zip, staff);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.fileId).toMatch(/^u_[A-Za-z0-9_-]{16}$/);
    expect(code(await up(new TextEncoder().encode('姓名,工号'), staff))).toEqual([415, 'SHEET.UNSUPPORTED']);
    expect(code(await up(zip))).toEqual([401, 'AUTH.REQUIRED']);
    expect(code(await up(zip, await login({ role: 'resident', residentName: 'alice' })))).toEqual([
      403,
      'AUTH.FORBIDDEN',
    ]);
    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set(zip);
    expect(code(await up(big, staff))).toEqual([413, 'SHEET.TOO_LARGE']);
    // Not a readable workbook, though it starts like one.
    const admin = await login({ role: 'admin', staffId: head.id });
    const bad = await host.post('assessment.import', JSON.stringify({ year: 2026, fileId: ok.json().data.fileId }), {
      authorization: admin,
    });
    expect(code(bad)).toEqual([400, 'SHEET.UNREADABLE']);
  });
});
