/**
 * Applies the rate limits of domain/rate.rules.ts before an action (or a photo upload) runs.
 * Counter keys hold no personal data: the identity and the address are keyed hashes.
 */
import { RATE_LIMITS, retryAfterS, windowStart } from '../domain/rate.rules';
import { fail, withDetails } from './errors';
import { subjectHash, type Principal } from '../security/identity';
import type { CoreDeps, RequestMeta } from './define-action';

export type { RequestMeta } from './define-action';

export async function enforceRateLimits(
  deps: Pick<CoreDeps, 'store' | 'config'>,
  name: string,
  principal: Principal | null,
  meta: RequestMeta,
  now: Date,
  isReplay?: () => Promise<boolean>,
): Promise<void> {
  const limits = RATE_LIMITS[name] ?? [];
  // A retry of a submission that went through adds nothing: it is answered, and spends no slot
  // (a phone resending on a bad network must not use up the resident's next complaint).
  if (limits.length > 0 && isReplay && (await isReplay())) return;
  for (const limit of limits) {
    const who = limit.per === 'subject' ? principal?.subject : meta.ip;
    if (!who) continue;
    const key = `${name}|${limit.per}|${limit.windowS}|${subjectHash(deps.config.identityPepper, `${limit.per}:${who}`)}`;
    const count = await deps.store.rates.hit(key, windowStart(now, limit.windowS));
    if (count > limit.max) {
      const retryAfter = retryAfterS(now, limit.windowS);
      const wait = retryAfter >= 3600 ? `${Math.ceil(retryAfter / 3600)} 小时` : `${Math.ceil(retryAfter / 60)} 分钟`;
      throw withDetails(fail('RATE.LIMITED', wait), { retryAfter });
    }
  }
}
