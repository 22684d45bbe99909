/**
 * The one typed way to call the backend: pages call `call('card.get', { cardId })` directly, the
 * payload checked against the action's input schema and the answer typed by its declared output
 * (server/contract/actions.ts, imported as types only: nothing of zod reaches the bundle). The
 * services beside this file are only those that add something: caches, tokens, polling, uploads.
 */
import type { ActionMap, ActionName } from '../../server/contract/actions';
import { errorOf } from './envelope';
import { newRequestId } from './request-id';
import { send } from './transport';

/** What the client sends: the input of the action's schema (defaults and transforms not yet applied). */
export type Input<A extends ActionName> = ActionMap[A]['input'];
/** What the action answers with. */
export type Output<A extends ActionName> = ActionMap[A]['output'];

/** Resolves with the action's data, rejects with an ApiError. Pass `requestId` to make a retry idempotent. */
export async function call<A extends ActionName>(
  action: A,
  payload: Input<A>,
  requestId = newRequestId(),
): Promise<Output<A>> {
  const body = await send(action, payload, requestId);
  if (!body.ok) throw errorOf(body);
  return body.data as Output<A>;
}
