/**
 * Subscribe messages over WeChat's HTTP API against a stand-in WeChat server on 127.0.0.1. What
 * the stand-in does not prove: WeChat's real validation of templates and field values, its rate
 * limits, and TLS — only the protocol this code speaks and its handling of the documented answers.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { httpPush } from '../../server/adapters/push-wechat/http-push';
import { TEMPLATES_KEY } from '../../server/domain/notify-templates';
import type { PushChannel } from '../../server/ports/push';
import type { Store } from '../../server/ports/store';
import { closeSharedPglite, freshPgliteStore } from '../support/pglite-shared';
import { complaint, outboxItem } from '../support/fixtures';

afterAll(closeSharedPglite);

let wechat: FastifyInstance;
let base: string;
let store: Store;
let push: PushChannel;
const calls = { token: [] as any[], send: [] as { token: string; body: any }[] };
let staleTokens = new Set<string>();
let tokenSerial = 0;

beforeEach(async () => {
  calls.token = [];
  calls.send = [];
  staleTokens = new Set();
  tokenSerial = 0;
  wechat = Fastify();
  wechat.post('/cgi-bin/stable_token', async (req) => {
    calls.token.push(req.body);
    const b = req.body as any;
    if (b.appid !== 'wxapp0001' || b.secret !== 'secret-1') return { errcode: 40125, errmsg: 'invalid appsecret' };
    return { access_token: `TOKEN-${++tokenSerial}`, expires_in: 7200 };
  });
  wechat.post('/cgi-bin/message/subscribe/send', async (req) => {
    const token = (req.query as any).access_token as string;
    const body = req.body as any;
    calls.send.push({ token, body });
    if (staleTokens.has(token)) return { errcode: 42001, errmsg: 'access_token expired' };
    if (body.touser === 'o-refused') return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    return { errcode: 0, errmsg: 'ok' };
  });
  base = await wechat.listen({ port: 0, host: '127.0.0.1' });
  store = await freshPgliteStore();
  await store.settings.put(TEMPLATES_KEY, {
    'case.new': {
      templateId: 'TPL-NEW',
      page: 'staff/case/index',
      fields: { character_string1: 'trackingNo', thing2: 'category', time3: 'dueAt' },
    },
  });
  push = httpPush(store, { appid: 'wxapp0001', secret: 'secret-1', baseURL: base });
});
afterEach(async () => {
  await wechat.close();
});

const item = outboxItem({
  complaintId: complaint().id,
  payload: {
    title: '新投诉待处理',
    body: '服务态度：窗口人员态度生硬',
    fields: { trackingNo: 'TS261124-AB23', category: '服务态度', dueAt: '2026-12-01 23:59' },
  },
});

it('sends the configured template with the notice’s fields, fetching the token once', async () => {
  expect(await push.send(item, { openid: 'o-staff-1' })).toEqual({ ok: true });
  expect(await push.send(item, { openid: 'o-staff-2' })).toEqual({ ok: true });
  expect(calls.token).toEqual([
    { grant_type: 'client_credential', appid: 'wxapp0001', secret: 'secret-1', force_refresh: false },
  ]);
  expect(calls.send.map((c) => c.token)).toEqual(['TOKEN-1', 'TOKEN-1']);
  expect(calls.send[0].body).toEqual({
    touser: 'o-staff-1',
    template_id: 'TPL-NEW',
    page: `staff/case/index?id=${item.complaintId}`,
    data: {
      character_string1: { value: 'TS261124-AB23' },
      thing2: { value: '服务态度' },
      time3: { value: '2026-12-01 23:59' },
    },
    miniprogram_state: 'formal',
    lang: 'zh_CN',
  });
});

it('43101 is final: the dispatcher will fall back, not retry', async () => {
  expect(await push.send(item, { openid: 'o-refused' })).toEqual({
    ok: false,
    final: true,
    code: '43101',
    message: 'user refuse to accept the msg',
  });
});

it('an expired token is refreshed once (forced) and the send retried once', async () => {
  await push.send(item, { openid: 'o-staff-1' });
  staleTokens.add('TOKEN-1');
  expect(await push.send(item, { openid: 'o-staff-1' })).toEqual({ ok: true });
  expect(calls.token.map((t) => t.force_refresh)).toEqual([false, true]);
  expect(calls.send.map((c) => c.token)).toEqual(['TOKEN-1', 'TOKEN-1', 'TOKEN-2']);
  // Still stale after the refresh: reported as a transient failure, no loop.
  staleTokens.add('TOKEN-2');
  staleTokens.add('TOKEN-3');
  expect(await push.send(item, { openid: 'o-staff-1' })).toEqual({
    ok: false,
    final: false,
    code: '42001',
    message: 'access_token expired',
  });
  expect(calls.send).toHaveLength(5);
});

it('a notice kind without a template is not sent; an unreachable WeChat is a transient failure', async () => {
  expect(await push.send(outboxItem({ kind: 'case.escalated' }), { openid: 'o-staff-1' })).toEqual({ ok: true });
  expect(calls.send).toHaveLength(0);
  await wechat.close();
  const result = await push.send(item, { openid: 'o-staff-1' });
  expect(result).toMatchObject({ ok: false, final: false, code: 'NETWORK' });
});
