import type { Wire } from './envelope';

/**
 * Sends one action and resolves with the envelope the backend answered (ok or not). Rejects
 * only with an ApiError: NETWORK when nothing came back, HTTP.<status> for a non-envelope.
 */
export type Send = (action: string, payload: unknown, requestId: string) => Promise<Wire>;
