/**
 * The one typed way to call the backend: `call('card.get', {cardId})` is checked against
 * server/contract/actions.ts (types only: nothing of zod reaches the bundle).
 */
import type { ActionMap, ActionName } from '../../server/contract/actions';
import { errorOf } from './envelope';
import { newRequestId } from './request-id';
import { send } from './transport';

export type Input<A extends ActionName> = ActionMap[A]['input'];
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
