/**
 * What a Node host gets from WeChat's HTTP API with the mini program's AppID and secret: one
 * cached access token shared by subscribe messages and the content check, and code2Session.
 */
import { stableAccessTokens } from '../../adapters/push-wechat/access-token';
import { httpPush, wechatHttp } from '../../adapters/push-wechat/http-push';
import { code2Session } from '../../adapters/wechat-login/code2session';
import { httpMsgSecCheck } from '../../adapters/wechat-security/msg-sec-check';
import type { Logger } from '../../ports/logger';
import type { Store } from '../../ports/store';

export function wechatServices(store: Store, o: { appid: string; secret: string; baseURL?: string }, logger: Logger) {
  const http = wechatHttp(o.baseURL);
  const tokens = stableAccessTokens(http, o.appid, o.secret);
  return {
    push: httpPush(store, o, tokens),
    wxLogin: code2Session({ ...o, logger }),
    contentCheck: httpMsgSecCheck(http, tokens, logger),
  };
}
