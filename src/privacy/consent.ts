/**
 * The pending privacy-consent request (weapp). WeChat holds a privacy API call (wx.chooseMedia,
 * wx.chooseMessageFile) until the user answers, and hands us a `resolve` through
 * onNeedPrivacyAuthorization (register.weapp.ts). The popup on the current page
 * (components/PrivacyPopup) shows while a request is pending and answers it.
 * Pages are separate React roots in one JS context: a module-level value plus listeners is enough.
 * https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
 */
export interface ResolveOption {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  /** The id of the clicked open-type="agreePrivacyAuthorization" button (agree only). */
  buttonId?: string;
}
export type Resolve = (option: ResolveOption) => void;

/** What the popup needs to know: whether to show, and what the held call wanted. */
export interface ConsentRequest {
  /** The interface that triggered it, e.g. "chooseMedia" (WeChat's eventInfo.referrer). */
  referrer: string;
}

let pending: Resolve[] = [];
let current: ConsentRequest | null = null;
const listeners = new Set<(request: ConsentRequest | null) => void>();

/** The onNeedPrivacyAuthorization listener. No popup mounted: refuse rather than hang the call. */
export function requestConsent(resolve: Resolve, referrer = ''): void {
  if (!listeners.size) {
    resolve({ event: 'disagree' });
    return;
  }
  pending.push(resolve);
  current = { referrer };
  listeners.forEach((fn) => fn(current));
  // Tells WeChat our popup is on screen (optional, before agree/disagree).
  resolve({ event: 'exposureAuthorization' });
}

/** The user's answer: releases every held call (they continue on agree, fail on disagree). */
export function answerConsent(event: 'agree' | 'disagree', buttonId?: string): void {
  const held = pending;
  pending = [];
  current = null;
  held.forEach((resolve) => resolve(event === 'agree' ? { event, buttonId } : { event }));
  listeners.forEach((fn) => fn(null));
}

/** Subscribes a popup; returns the unsubscribe. */
export function watchConsent(fn: (request: ConsentRequest | null) => void): () => void {
  listeners.add(fn);
  fn(current);
  return () => {
    listeners.delete(fn);
  };
}
