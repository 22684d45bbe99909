/**
 * Applies the rate limits of domain/rate.rules.ts around an action (or a photo upload): a slot
 * is spent before it runs, and given back if it refuses the request (unless the limit counts
 * refusals). Counter keys hold no personal data: the identity and the address are keyed hashes.
 */
import { RATE_LIMITS, retryAfterS, windowStart } from '../domain/rate.rules';
import { AppError, fail, withDetails } from './errors';
import { subjectHash, type Principal } from '../security/identity';
import type { CoreDeps, RequestMeta } from './define-action';

export type { RequestMeta } from './define-action';

interface Slot {
  key: string;
  windowStart: Date;
}

/** Slots an action spends on limits of its own (hitWithin), by the request's context. */
const spentWithin = new WeakMap<object, Slot[]>();

/**
 * Runs `run` within the limits of `name`. A retry of a submission that went through (`isReplay`)
 * is answered without spending a slot, even over the limit. Over a limit: RATE.LIMITED, and the
 * hit counts. Refused by the action (an AppError other than RATE.LIMITED): the slots spent are
 * given back — the core's where the limit does not count refusals, and those the action spent
 * with `hitWithin(request, …)` — so a complaint refused for an unknown card leaves the resident's
 * allowance as it was. A failure of our own (not an AppError) may have written: it keeps them.
 */
export async function withRateLimits<T>(
  deps: Pick<CoreDeps, 'store' | 'config'>,
  name: string,
  principal: Principal | null,
  meta: RequestMeta,
  now: Date,
  run: () => Promise<T>,
  o: { isReplay?: () => Promise<boolean>; request?: object } = {},
): Promise<T> {
  const limits = RATE_LIMITS[name] ?? [];
  // A phone resending on a bad network must not use up the resident's next complaint.
  if (limits.length > 0 && o.isReplay && (await o.isReplay())) return run();
  const refundable: Slot[] = [];
  for (const limit of limits) {
    const who = limit.per === 'subject' ? principal?.subject : meta.ip;
    if (!who) continue;
    const key = `${name}|${limit.per}|${limit.windowS}|${subjectHash(deps.config.identityPepper, `${limit.per}:${who}`)}`;
    const start = windowStart(now, limit.windowS);
    const count = await deps.store.rates.hit(key, start);
    if (count > limit.max) {
      const retryAfter = retryAfterS(now, limit.windowS);
      const wait = retryAfter >= 3600 ? `${Math.ceil(retryAfter / 3600)} 小时` : `${Math.ceil(retryAfter / 60)} 分钟`;
      throw withDetails(fail('RATE.LIMITED', wait), { retryAfter });
    }
    if (!limit.countsRefused) refundable.push({ key, windowStart: start });
  }
  if (o.request) spentWithin.set(o.request, refundable);
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && err.code !== 'RATE.LIMITED') {
      await Promise.all(refundable.map((s) => deps.store.rates.release(s.key, s.windowStart)));
    }
    throw err;
  } finally {
    if (o.request) spentWithin.delete(o.request);
  }
}

/**
 * A hit on a limit an action applies itself (a guest's window ratings per address): counted like
 * the core's, and given back with them if the action then refuses the request. `request` is the
 * action's context, as the core passed it to withRateLimits.
 */
export async function hitWithin(
  request: object,
  deps: Pick<CoreDeps, 'store'>,
  key: string,
  start: Date,
): Promise<number> {
  const count = await deps.store.rates.hit(key, start);
  spentWithin.get(request)?.push({ key, windowStart: start });
  return count;
}
