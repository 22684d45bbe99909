/**
 * WeChat's text security check, v2 (`security.msgSecCheck`): over HTTP with the mini program's
 * access token (self-hosted), or through `cloud.openapi` inside a cloud function (no token).
 * v2 checks a text as written by a user (their OPENID, who must have opened the mini program
 * within two hours); a text without one cannot be checked and is reported `unavailable`.
 */
import type { AxiosInstance } from 'axios';
import type { AccessTokens } from '../push-wechat/access-token';
import type { ContentCheck, ContentCheckResult } from '../../ports/content-check';
import type { Logger } from '../../ports/logger';

const STALE_TOKEN = new Set([40001, 42001, 40014]);
const NO_OPENID: ContentCheckResult = { verdict: 'unavailable', reason: '提交者没有微信身份，无法检测' };

interface WechatAnswer {
  errcode?: number;
  errmsg?: string;
  result?: { suggest?: string; label?: number };
}

/** WeChat's answer → a verdict; anything unexpected is `unavailable`, never a pass. */
function verdictOf(data: WechatAnswer | undefined, logger: Logger): ContentCheckResult {
  const suggest = data?.result?.suggest;
  if (!data?.errcode && (suggest === 'pass' || suggest === 'review' || suggest === 'risky')) {
    return suggest === 'pass' ? { verdict: 'pass' } : { verdict: suggest, label: data?.result?.label };
  }
  logger.warn('content.check_failed', {
    errcode: data?.errcode ?? null,
    errmsg: String(data?.errmsg ?? '').slice(0, 80),
  });
  return { verdict: 'unavailable', reason: '内容安全检测暂不可用' };
}

export function httpMsgSecCheck(http: AxiosInstance, tokens: AccessTokens, logger: Logger): ContentCheck {
  const post = async (token: string, body: object) =>
    (await http.post(`/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, body)).data as WechatAnswer;
  return {
    kind: 'wechat-http',
    async check(text, { openid, scene }) {
      if (!openid) return NO_OPENID;
      const body = { content: text, version: 2, scene, openid };
      try {
        let token = await tokens.get();
        let data = await post(token, body);
        if (data?.errcode && STALE_TOKEN.has(data.errcode)) {
          tokens.invalidate(token);
          token = await tokens.get();
          data = await post(token, body);
        }
        return verdictOf(data, logger);
      } catch (err) {
        logger.warn('content.check_failed', { error: err instanceof Error ? err.message : String(err) });
        return { verdict: 'unavailable', reason: '内容安全检测暂不可用' };
      }
    },
  };
}

/** The part of wx-server-sdk's openapi this uses. */
export interface CloudSecurityOpenapi {
  security: { msgSecCheck(o: { content: string; version: 2; scene: number; openid: string }): Promise<WechatAnswer> };
}

export function cloudMsgSecCheck(openapi: CloudSecurityOpenapi, logger: Logger): ContentCheck {
  return {
    kind: 'wechat-cloud',
    async check(text, { openid, scene }) {
      if (!openid) return NO_OPENID;
      try {
        // The SDK answers camelCase (errCode) in some versions and throws on errors in others.
        const raw = (await openapi.security.msgSecCheck({
          content: text,
          version: 2,
          scene,
          openid,
        })) as WechatAnswer & { errCode?: number; errMsg?: string };
        return verdictOf({ ...raw, errcode: raw.errcode ?? raw.errCode, errmsg: raw.errmsg ?? raw.errMsg }, logger);
      } catch (err) {
        logger.warn('content.check_failed', { error: err instanceof Error ? err.message : String(err) });
        return { verdict: 'unavailable', reason: '内容安全检测暂不可用' };
      }
    },
  };
}
