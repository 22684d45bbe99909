/**
 * A push channel beyond the in-app 消息 page: WeChat subscribe messages (cloud.openapi in
 * CloudBase, the HTTP API self-hosted). Local mode has none.
 */
import type { OutboxItem } from './complaint-store';

export type PushResult =
  | { ok: true }
  /** `final`: retrying cannot help (43101: no consent left; no bound account). */
  | { ok: false; final: boolean; code: string; message: string };

export interface PushChannel {
  send(item: OutboxItem, to: { openid: string }): Promise<PushResult>;
}
