/**
 * weapp: `cloud` mode calls the `api` cloud function (identity is the caller's OPENID, added
 * by the platform); `http` mode talks to a self-hosted Node host like H5 does, logging in with
 * `wx.login` (the host exchanges the code through code2Session). TRANSPORT,
 * API_BASE and CLOUD_ENV are build-time constants (config/index.ts).
 */
import Taro from '@tarojs/taro';
import { networkError } from './api-error';
import { badGateway, isEnvelope, type Wire } from './envelope';
import { createHttpTransport } from './http-transport';
import type { Send } from './transport.types';

let cloudReady = false;

/** wx.cloud.init once, at launch, before the first call. */
export function initTransport(): void {
  if (TRANSPORT !== 'cloud' || cloudReady) return;
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: false } : { traceUser: false });
  cloudReady = true;
}

const sendCloud: Send = async (action, payload, requestId) => {
  initTransport();
  let result: unknown;
  try {
    const res = await Taro.cloud.callFunction({ name: 'api', data: { action, payload, requestId } });
    result = res.result;
  } catch {
    throw networkError();
  }
  if (!isEnvelope(result)) throw badGateway(502);
  return result as Wire;
};

export const send: Send = TRANSPORT === 'http' ? createHttpTransport(API_BASE, 'wechat') : sendCloud;
