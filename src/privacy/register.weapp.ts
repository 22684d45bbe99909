/**
 * weapp: routes WeChat's onNeedPrivacyAuthorization to the consent store, once. WeChat then
 * waits for our popup instead of showing its own (base library ≥ 2.32.3; on older ones the
 * API is absent and there is no privacy check to answer).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 */
import Taro from '@tarojs/taro';
import { requestConsent } from './consent';

let registered = false;

export function registerPrivacyConsent(): void {
  if (registered || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  registered = true;
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => requestConsent(resolve, eventInfo?.referrer ?? ''));
}
