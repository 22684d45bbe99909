/**
 * What a Node host gets from WeChat's HTTP API with the mini program's AppID and secret: one
 * cached access token shared by subscribe messages, the content check and 小程序码 (kept in
 * `miniCodeDir`), and code2Session.
 */
import { stableAccessTokens } from '../../adapters/push-wechat/access-token';
import { httpPush, wechatHttp } from '../../adapters/push-wechat/http-push';
import { code2Session } from '../../adapters/wechat-login/code2session';
import { httpMsgSecCheck } from '../../adapters/wechat-openapi/msg-sec-check';
import { httpMiniCodes } from '../../adapters/wechat-openapi/wxacode';
import type { Logger } from '../../ports/logger';
import type { Store } from '../../ports/store';

export function wechatServices(
  store: Store,
  o: { appid: string; secret: string; baseURL?: string },
  logger: Logger,
  miniCodeDir: string,
) {
  const http = wechatHttp(o.baseURL);
  const tokens = stableAccessTokens(http, o.appid, o.secret);
  return {
    push: httpPush(store, o, tokens),
    wxLogin: code2Session({ ...o, logger }),
    contentCheck: httpMsgSecCheck(http, tokens, logger),
    miniCodes: httpMiniCodes(http, tokens, miniCodeDir),
  };
}
