/**
 * WeChat login on the self-hosted production host (real PostgreSQL): `auth.wxLogin` exchanges
 * a `wx.login` code through `code2Session` on a stand-in WeChat API server on 127.0.0.1. What the
 * stand-in does not prove: how WeChat issues and expires real codes, its TLS, and its actual
 * limits — only the protocol this code speaks and its handling of the documented answers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { startProductionHost, type ProductionHost } from '../../server/hosts/node/production';
import { memoryLogger } from '../../server/adapters/system/loggers';
import { freshDatabase } from '../support/postgres-server';
import { seedOrg, staffA } from '../support/fixtures';

let wechat: FastifyInstance;
let wechatUrl: string;
let host: ProductionHost;
let logger: ReturnType<typeof memoryLogger>;
const asked: Record<string, unknown>[] = [];

/** Codes the stand-in knows, and what WeChat answers for each. */
const ANSWERS: Record<string, object> = {
  'code-resident': { openid: 'o-resident-1', session_key: 'SESSION-KEY-NEVER-KEPT' },
  'code-staff': { openid: staffA.openid!, session_key: 'k2' },
  'code-used': { errcode: 40163, errmsg: 'code been used' },
  'code-busy-user': { errcode: 45011, errmsg: 'api minute-quota reach limit' },
  'code-risky': { errcode: 40226, errmsg: 'high risk user' },
  'code-busy': { errcode: -1, errmsg: 'system error' },
};

beforeAll(async () => {
  wechat = Fastify();
  wechat.get('/sns/jscode2session', async (req) => {
    const q = req.query as Record<string, string>;
    asked.push(q);
    if (q.appid !== 'wxapp0001' || q.secret !== 'secret-1') return { errcode: 40125, errmsg: 'invalid appsecret' };
    if (q.grant_type !== 'authorization_code') return { errcode: 40002, errmsg: 'invalid grant_type' };
    return ANSWERS[q.js_code] ?? { errcode: 40029, errmsg: 'invalid code' };
  });
  wechatUrl = await wechat.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => wechat.close());

async function start(extra: Record<string, string> = {}) {
  logger = memoryLogger();
  const env = {
    DATABASE_URL: await freshDatabase(process.env.PG_TEST_SERVER!),
    SESSION_SECRET: 's'.repeat(40),
    IDENTITY_PEPPER: 'p'.repeat(40),
    PUBLIC_URL: 'https://pj.example.gov.cn',
    PORT: '0',
    H5_DIR: mkdtempSync(join(tmpdir(), 'h5-')),
    EXPORTS_DIR: mkdtempSync(join(tmpdir(), 'exports-')),
    WECHAT_APPID: 'wxapp0001',
    WECHAT_SECRET: 'secret-1',
    WECHAT_API_BASE: wechatUrl,
    ...extra,
  };
  host = await startProductionHost(env, { logger, scheduler: { sweepEveryMs: 3_600_000, dispatchEveryMs: 3_600_000 } });
  await seedOrg(host.store);
}
afterEach(() => host?.close());

const post = async (action: string, payload: unknown, token?: string) => {
  const res = await fetch(`${host.url}/api/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: (await res.json()) as any, retryAfter: res.headers.get('retry-after') };
};

it('a wx.login code becomes a week-long session of that WeChat user: a resident, or the staff member bound to the OPENID', async () => {
  await start();
  const login = await post('auth.wxLogin', { code: 'code-resident' });
  expect(login.status).toBe(200);
  expect(login.body.data).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
  const days = (Date.parse(login.body.data.expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(6.9);
  expect(days).toBeLessThanOrEqual(7);
  expect(asked.at(-1)).toEqual({
    appid: 'wxapp0001',
    secret: 'secret-1',
    js_code: 'code-resident',
    grant_type: 'authorization_code',
  });
  expect((await post('auth.me', {}, login.body.data.token)).body.data).toMatchObject({
    role: 'resident',
    localMode: false,
  });

  const staff = await post('auth.wxLogin', { code: 'code-staff' });
  expect((await post('auth.me', {}, staff.body.data.token)).body.data).toMatchObject({
    role: 'staff',
    staff: { id: staffA.id },
  });
  // The session key is never kept or logged.
  expect(JSON.stringify(logger.lines)).not.toContain('SESSION-KEY');
  expect(JSON.stringify(await host.store.counts())).not.toContain('SESSION-KEY');
});

it('maps WeChat’s refusals to stable errors and writes nothing', async () => {
  await start();
  const before = await host.store.counts();
  const cases: [string, number, string][] = [
    ['code-unknown', 400, 'AUTH.BAD_WX_CODE'], // 40029
    ['code-used', 400, 'AUTH.BAD_WX_CODE'],
    ['code-busy-user', 429, 'RATE.LIMITED'],
    ['code-risky', 403, 'AUTH.WX_RISKY'],
    ['code-busy', 503, 'WECHAT.UNAVAILABLE'],
  ];
  for (const [code, status, errorCode] of cases) {
    const res = await post('auth.wxLogin', { code });
    expect([code, res.status, res.body.error.code]).toEqual([code, status, errorCode]);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  }
  expect((await post('auth.wxLogin', { code: 'code-busy-user' })).retryAfter).toBe('60');
  for (const bad of [{}, { code: '' }, { code: 'x'.repeat(129) }, { code: '含中文' }, { code: 'a', extra: 1 }]) {
    expect((await post('auth.wxLogin', bad)).body.error.code).toBe('REQUEST.INVALID');
  }
  expect(await host.store.counts()).toEqual(before);
});

it('a wrong AppSecret or WeChat out of reach is the operator’s problem: 503 for the user, a log line without the secret', async () => {
  await start({ WECHAT_SECRET: 'wrong-secret' });
  const res = await post('auth.wxLogin', { code: 'code-resident' });
  expect([res.status, res.body.error.code]).toEqual([503, 'WECHAT.UNAVAILABLE']);
  expect(logger.lines.find((l) => l.event === 'wechat.code2session_refused')?.fields).toEqual({
    errcode: 40125,
    errmsg: 'invalid appsecret',
  });
  await host.close();

  await start({ WECHAT_API_BASE: 'http://127.0.0.1:9' }); // nothing listens on the discard port
  expect((await post('auth.wxLogin', { code: 'code-resident' })).status).toBe(503);
  expect(logger.lines.some((l) => l.event === 'wechat.code2session_failed')).toBe(true);
  expect(JSON.stringify(logger.lines)).not.toContain('secret-1');
});

it('without the mini program’s credentials the host says WeChat login is not set up', async () => {
  await start({ WECHAT_APPID: '', WECHAT_SECRET: '' });
  const res = await post('auth.wxLogin', { code: 'code-resident' });
  expect([res.status, res.body.error.code]).toEqual([409, 'AUTH.WX_LOGIN_UNAVAILABLE']);
});

describe('the mini program’s HTTP transport (weapp built with TRANSPORT=http)', () => {
  // The transport is Taro.request (src/services/http-transport.ts).
  // A stand-in for the WeChat client runtime (Taro's wx.* bridge): wx.request over fetch,
  // wx.login answering a code, storage in a Map. It does not prove the real runtime's
  // networking (domain allowlist, TLS) — only the transport's own session logic.
  const storage = new Map<string, unknown>();
  const logins: string[] = [];
  let nextCode = 'code-staff';
  jest.mock('@tarojs/taro', () => ({
    __esModule: true,
    default: {
      getStorageSync: (k: string) => storage.get(k) ?? '',
      setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
      removeStorageSync: (k: string) => void storage.delete(k),
      login: async () => {
        logins.push(nextCode);
        return { code: nextCode, errMsg: 'login:ok' };
      },
      request: async (o: { url: string; method: string; data: unknown; header: Record<string, string> }) => {
        // As wx.request: a string body goes as it is, an object as JSON.
        const res = await fetch(o.url, {
          method: o.method,
          headers: o.header,
          body: typeof o.data === 'string' ? o.data : JSON.stringify(o.data),
        });
        return { statusCode: res.status, data: await res.json(), header: {} };
      },
    },
  }));

  it('logs in with wx.login once for many calls, and again once when the session lapses', async () => {
    await start();
    const { createHttpTransport } = await import('../../src/services/http-transport');
    const send = createHttpTransport(host.url, 'wechat');
    const [me, again] = await Promise.all([send('auth.me', {}, 'req-me-000001'), send('auth.me', {}, 'req-me-000002')]);
    expect(me).toMatchObject({ ok: true, data: { role: 'staff', staff: { id: staffA.id } } });
    expect(again).toEqual(me);
    expect(logins).toEqual(['code-staff']);

    // A token from before a secret rotation (or past its week) is refused: log in again, once.
    storage.set('auth.token', 'stale.token');
    nextCode = 'code-resident';
    expect(await send('auth.me', {}, 'req-me-000003')).toMatchObject({ ok: true, data: { role: 'resident' } });
    expect(logins).toEqual(['code-staff', 'code-resident']);
  });
});
