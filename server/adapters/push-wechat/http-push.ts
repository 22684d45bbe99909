/**
 * Subscribe messages over WeChat's HTTP API, for a self-hosted backend: POST
 * /cgi-bin/message/subscribe/send with a cached access token. A stale token (40001, 42001) is
 * refreshed once and the send retried once; 43101 (no consent left) and other final errors are
 * reported as final so the dispatcher falls back instead of retrying.
 */
import axios, { type AxiosInstance } from 'axios';
import { TEMPLATES_KEY, templateData, type TemplateMap } from '../../domain/notify-templates';
import type { OutboxItem } from '../../ports/complaint-store';
import type { PushChannel, PushResult } from '../../ports/push';
import type { Store } from '../../ports/store';
import { stableAccessTokens, type AccessTokens } from './access-token';
import { FINAL_ERRORS } from './templates';

const STALE_TOKEN = new Set([40001, 42001, 40014]);

export interface HttpPushOptions {
  appid: string;
  secret: string;
  /** https://api.weixin.qq.com unless a test points it at a stand-in. */
  baseURL?: string;
  /** formal (default), trial or developer: which mini program version the message opens. */
  miniprogramState?: 'formal' | 'trial' | 'developer';
}

export function wechatHttp(baseURL = 'https://api.weixin.qq.com'): AxiosInstance {
  return axios.create({ baseURL, timeout: 5000, validateStatus: () => true });
}

export function httpPush(store: Store, o: HttpPushOptions, tokens?: AccessTokens): PushChannel {
  const http = wechatHttp(o.baseURL);
  const access = tokens ?? stableAccessTokens(http, o.appid, o.secret);
  const send = async (token: string, body: object) =>
    (await http.post(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, body)).data;

  return {
    async send(item: OutboxItem, to): Promise<PushResult> {
      const templates = (await store.settings.get<TemplateMap>(TEMPLATES_KEY)) ?? {};
      const spec = templates[item.kind];
      if (!spec) return { ok: true };
      const body = {
        touser: to.openid,
        template_id: spec.templateId,
        page: `${spec.page}?id=${item.complaintId ?? item.rectificationId ?? item.followupId ?? item.appealId ?? item.cardId}`,
        data: templateData(spec, item),
        miniprogram_state: o.miniprogramState ?? 'formal',
        lang: 'zh_CN',
      };
      try {
        let token = await access.get();
        let answer = await send(token, body);
        if (STALE_TOKEN.has(Number(answer?.errcode))) {
          access.invalidate(token);
          token = await access.get();
          answer = await send(token, body);
        }
        const code = Number(answer?.errcode ?? -1);
        if (code === 0) return { ok: true };
        return {
          ok: false,
          final: FINAL_ERRORS.has(code),
          code: String(code),
          message: String(answer?.errmsg ?? '').slice(0, 200),
        };
      } catch (err) {
        return { ok: false, final: false, code: 'NETWORK', message: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
