/**
 * WeChat's openapi as the hosts call it — msgSecCheck v2, and 小程序码 over HTTP (the cloud
 * 小程序码 path runs in cloudbase-host.test.ts) — msgSecCheck both ways the functions and hosts call it: over HTTP against a stand-in WeChat
 * server on 127.0.0.1, and through a stand-in of wx-server-sdk's `cloud.openapi`. What the
 * stand-ins do not prove: WeChat's actual judgement of a text, its labels' exact meanings, its
 * quotas, and that an OPENID is accepted only within two hours of the user opening the mini
 * program — only the protocol and this code's reading of every documented kind of answer.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { stableAccessTokens } from '../../server/adapters/push-wechat/access-token';
import { wechatHttp } from '../../server/adapters/push-wechat/http-push';
import { cloudMsgSecCheck, httpMsgSecCheck } from '../../server/adapters/wechat-openapi/msg-sec-check';
import { httpMiniCodes } from '../../server/adapters/wechat-openapi/wxacode';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../server/adapters/system/loggers';

/** WeChat's answer for a text, by what it contains. */
function judge(content: string) {
  if (content.includes('加微信领红包'))
    return { errcode: 0, errmsg: 'ok', result: { suggest: 'risky', label: 10001 }, trace_id: 't1' };
  if (content.includes('拿钱办事'))
    return { errcode: 0, errmsg: 'ok', result: { suggest: 'review', label: 20006 }, trace_id: 't2' };
  if (content.includes('系统错误')) return { errcode: -1, errmsg: 'system error' };
  return { errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, trace_id: 't3' };
}

describe('over HTTP (self-hosted)', () => {
  let wechat: FastifyInstance;
  const sent: { token: string; body: any }[] = [];
  const codes: { token: string; body: any }[] = [];
  let tokenSerial = 0;
  let stale = new Set<string>();
  beforeAll(async () => {
    wechat = Fastify();
    wechat.post('/cgi-bin/stable_token', async () => ({ access_token: `TOKEN-${++tokenSerial}`, expires_in: 7200 }));
    wechat.post('/wxa/getwxacodeunlimit', async (req, reply) => {
      const token = (req.query as any).access_token as string;
      const body = req.body as any;
      codes.push({ token, body });
      if (stale.has(token)) return { errcode: 40001, errmsg: 'invalid credential' };
      if (body.scene === 'Quota0000') return { errcode: 45009, errmsg: 'reach max api daily quota limit' };
      return reply.type('image/jpeg').send(Buffer.from(`PNG:${body.page}:${body.scene}`));
    });
    wechat.post('/wxa/msg_sec_check', async (req) => {
      const token = (req.query as any).access_token as string;
      sent.push({ token, body: req.body });
      if (stale.has(token)) return { errcode: 40001, errmsg: 'invalid credential' };
      return judge((req.body as any).content);
    });
    await wechat.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => wechat.close());

  const make = (baseURL: string) => {
    const logger = memoryLogger();
    const http = wechatHttp(baseURL);
    return { logger, check: httpMsgSecCheck(http, stableAccessTokens(http, 'wxapp0001', 'secret-1'), logger) };
  };
  const base = () => `http://127.0.0.1:${(wechat.server.address() as any).port}`;

  it('sends v2 with the writer’s OPENID and reads pass, review and risky', async () => {
    const { check } = make(base());
    expect(await check.check('窗口人员态度很好', { openid: 'o-1', scene: 2 })).toEqual({ verdict: 'pass' });
    expect(await check.check('他说要拿钱办事', { openid: 'o-1', scene: 2 })).toEqual({
      verdict: 'review',
      label: 20006,
    });
    expect(await check.check('加微信领红包', { openid: 'o-1', scene: 2 })).toEqual({ verdict: 'risky', label: 10001 });
    expect(sent.at(-1)!.body).toEqual({ content: '加微信领红包', version: 2, scene: 2, openid: 'o-1' });
  });

  it('refreshes a stale access token once and checks again', async () => {
    const { check } = make(base());
    await check.check('第一次', { openid: 'o-1', scene: 2 });
    stale = new Set([sent.at(-1)!.token]);
    const before = sent.length;
    expect(await check.check('窗口人员态度很好', { openid: 'o-1', scene: 2 })).toEqual({ verdict: 'pass' });
    expect(sent.slice(before).map((s) => stale.has(s.token))).toEqual([true, false]);
    stale = new Set();
  });

  it('小程序码: asks getwxacodeunlimit for the page and scene, refreshes a stale token once, keeps the file, and reports WeChat’s refusals', async () => {
    const http = wechatHttp(base());
    const tokens = stableAccessTokens(http, 'wxapp0001', 'secret-1');
    const dir = mkdtempSync(join(tmpdir(), 'minicodes-'));
    const mini = httpMiniCodes(http, tokens, dir);
    expect((await mini.generate('pages/card/index', 'Ab3dEf6hIj9kLm2nOp4q')).toString()).toBe(
      'PNG:pages/card/index:Ab3dEf6hIj9kLm2nOp4q',
    );
    expect(codes.at(-1)!.body).toEqual({
      scene: 'Ab3dEf6hIj9kLm2nOp4q',
      page: 'pages/card/index',
      width: 430,
      check_path: false,
      env_version: 'release',
    });
    stale = new Set([codes.at(-1)!.token]);
    expect((await mini.generate('pages/window/index', 'WIN0001')).toString()).toBe('PNG:pages/window/index:WIN0001');
    stale = new Set();
    await expect(mini.generate('pages/card/index', 'Quota0000')).rejects.toThrow('45009');
    expect(await mini.load('card/Ab3dEf6hIj9kLm2nOp4q.png')).toBeNull();
    await mini.save('card/Ab3dEf6hIj9kLm2nOp4q.png', Buffer.from('kept'));
    expect((await mini.load('card/Ab3dEf6hIj9kLm2nOp4q.png'))?.toString()).toBe('kept');
    await expect(mini.save('../../etc/passwd', Buffer.from('x'))).rejects.toThrow();
    expect(await mini.load('../x.png')).toBeNull();
  });

  it('cannot check without an OPENID, and never passes what it could not check', async () => {
    const { check, logger } = make(base());
    const before = sent.length;
    expect(await check.check('浏览器里写的投诉', { openid: null, scene: 2 })).toEqual({
      verdict: 'unavailable',
      reason: '提交者没有微信身份，无法检测',
    });
    expect(sent.length).toBe(before);
    expect(await check.check('系统错误', { openid: 'o-1', scene: 2 })).toEqual({
      verdict: 'unavailable',
      reason: '内容安全检测暂不可用',
    });
    expect(logger.lines.at(-1)).toMatchObject({ event: 'content.check_failed', fields: { errcode: -1 } });
    const down = make('http://127.0.0.1:9');
    expect((await down.check.check('任何内容', { openid: 'o-1', scene: 2 })).verdict).toBe('unavailable');
  });
});

describe('through cloud.openapi (CloudBase)', () => {
  it('passes the same request to security.msgSecCheck and reads its answers, camelCase or thrown', async () => {
    const calls: unknown[] = [];
    const openapi = {
      security: {
        msgSecCheck: async (o: { content: string }) => {
          calls.push(o);
          if (o.content === 'throw')
            throw Object.assign(new Error('errCode: -604101 function has no permission'), { errCode: -604101 });
          const a = judge(o.content);
          return { errCode: a.errcode, errMsg: a.errmsg, result: a.result };
        },
      },
    };
    const check = cloudMsgSecCheck(openapi, memoryLogger());
    expect(await check.check('他说要拿钱办事', { openid: 'o-2', scene: 2 })).toEqual({
      verdict: 'review',
      label: 20006,
    });
    expect(await check.check('窗口人员态度很好', { openid: 'o-2', scene: 2 })).toEqual({ verdict: 'pass' });
    expect(await check.check('throw', { openid: 'o-2', scene: 2 })).toEqual({
      verdict: 'unavailable',
      reason: '内容安全检测暂不可用',
    });
    expect(calls[0]).toEqual({ content: '他说要拿钱办事', version: 2, scene: 2, openid: 'o-2' });
  });
});
