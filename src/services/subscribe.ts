/**
 * Consent for WeChat subscribe messages (one consent = one message). Only the mini program can
 * ask (subscribe.weapp.ts); in a browser the in-app 消息 page is the channel, so this is a no-op.
 */
export type Audience = 'staff' | 'resident' | 'card';

export const canSubscribe = false;

export async function askSubscribe(_audience: Audience): Promise<number> {
  return 0;
}
