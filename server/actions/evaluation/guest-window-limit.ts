/**
 * Window ratings from browser (guest) identities, limited per address and window
 * (GUEST_WINDOW_RATINGS in domain/rate.rules.ts). A guest identity is free to mint (auth.guest is
 * generous, for a hall's Wi-Fi), so without this one script behind one address could rate a
 * window once per identity it mints. Cards need no such limit: a card takes one evaluation.
 * Counter keys hold no address or window id in the clear, only a keyed hash of the pair.
 */
import { GUEST_WINDOW_RATINGS, retryAfterS, waitText, windowStart } from '../../domain/rate.rules';
import { fail, withDetails } from '../../core/errors';
import { subjectHash, type Caller } from '../../security/identity';
import type { ActionContext } from '../../core/define-action';
import { hitWithin } from '../../core/rate-guard';

export async function limitGuestWindowRatings(
  ctx: ActionContext<Caller>,
  windowId: string,
  isReplay: () => Promise<boolean>,
): Promise<void> {
  const ip = ctx.meta.ip;
  // WeChat identities each cost a WeChat account; a host that knows no address (a cloud
  // function) has no guests either.
  if (!ip || !ctx.caller.principal.subject.startsWith('guest:')) return;
  const pair = subjectHash(ctx.deps.config.identityPepper, `guest-window:${ip}|${windowId}`);
  for (const limit of GUEST_WINDOW_RATINGS) {
    // Given back, like the core's slots, if the submission is then refused (rated already today).
    const count = await hitWithin(
      ctx,
      ctx.deps,
      `evaluation.window|guest|${limit.windowS}|${pair}`,
      windowStart(ctx.now, limit.windowS),
    );
    if (count > limit.max) {
      // A retried submission still gets its first answer.
      if (await isReplay()) return;
      const retryAfter = retryAfterS(ctx.now, limit.windowS);
      throw withDetails(fail('RATE.LIMITED', waitText(retryAfter)), { retryAfter });
    }
  }
}
