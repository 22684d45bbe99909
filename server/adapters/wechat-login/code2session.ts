/**
 * `code2Session` over WeChat's HTTP API (GET /sns/jscode2session). Only the OPENID is kept:
 * the session key would let us decrypt the user's data, which this product never asks for, so
 * it is dropped unread — nothing to store, nothing to leak.
 */
import axios from 'axios';
import { fail, withDetails } from '../../core/errors';
import type { Logger } from '../../ports/logger';
import type { WechatLogin } from '../../ports/wechat-login';

export interface Code2SessionOptions {
  appid: string;
  secret: string;
  /** https://api.weixin.qq.com unless a test points it at a stand-in. */
  baseURL?: string;
  logger: Logger;
}

const unavailable = () => fail('WECHAT.UNAVAILABLE');

export function code2Session(o: Code2SessionOptions): WechatLogin {
  const http = axios.create({
    baseURL: o.baseURL ?? 'https://api.weixin.qq.com',
    timeout: 5000,
    validateStatus: () => true,
  });
  return {
    async openidFor(code) {
      let data: { openid?: unknown; errcode?: number; errmsg?: string };
      try {
        const res = await http.get('/sns/jscode2session', {
          params: { appid: o.appid, secret: o.secret, js_code: code, grant_type: 'authorization_code' },
        });
        if (res.status !== 200 || typeof res.data !== 'object' || res.data === null)
          throw new Error(`HTTP ${res.status}`);
        data = res.data;
      } catch (err) {
        o.logger.error('wechat.code2session_failed', { error: err instanceof Error ? err.message : String(err) });
        throw unavailable();
      }
      if (!data.errcode && typeof data.openid === 'string' && data.openid) return data.openid;
      switch (data.errcode) {
        case 40029: // invalid code
        case 40163: // code already used
          throw fail('AUTH.BAD_WX_CODE');
        case 45011: // too many logins by this user
          throw withDetails(fail('RATE.LIMITED', '1 分钟', 'login'), { retryAfter: 60 });
        case 40226: // a user WeChat's risk control blocks
          throw fail('AUTH.WX_RISKY');
        default:
          // -1 (busy), 40013/40125 (our AppID or secret is wrong): an operator's problem.
          o.logger.error('wechat.code2session_refused', {
            errcode: data.errcode ?? null,
            errmsg: String(data.errmsg ?? '').slice(0, 80),
          });
          throw unavailable();
      }
    },
  };
}
