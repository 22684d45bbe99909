/**
 * What an amendment does to a 差评's follow-up: a rating changed into a 差评 opens one; a 差评
 * changed into a better rating before anyone recorded the follow-up withdraws it (the office
 * still sees the change in the amendment figures); a call-back number left later is added.
 */
import type { ActionContext } from '../../core/define-action';
import type { Caller } from '../../security/identity';
import type { Evaluation } from '../../ports/store';
import { isBadLevel } from '../../contract/evaluation';
import { openFollowup, retryFollowup } from '../../app/followup-flow';
import { phoneLeft, withdrawn } from '../../domain/followup.transitions';

export async function followupAfterAmend(
  ctx: ActionContext<Caller>,
  e: Evaluation,
  callbackPhone: string | null,
): Promise<void> {
  const { store } = ctx.deps;
  const existing = await store.followups.byEvaluation(e.id);
  if (!existing) {
    if (isBadLevel(e.level)) await openFollowup(ctx, e, callbackPhone);
    return;
  }
  if (!isBadLevel(e.level)) {
    await retryFollowup(
      ctx.deps,
      existing.id,
      (f) => (f.status === 'open' && !f.record ? withdrawn(ctx.now, ctx.requestId) : null),
      ctx.now,
    );
    return;
  }
  if (existing.status === 'withdrawn') {
    // Back to a 差评 after a withdrawal: the follow-up opens again, with the clock it had.
    await retryFollowup(
      ctx.deps,
      existing.id,
      (f) =>
        f.status === 'withdrawn'
          ? {
              patch: { status: 'open', closedAt: null, callbackPhone: callbackPhone ?? f.callbackPhone },
              entries: [
                { kind: 'opened', byStaffId: null, text: '群众重新给出差评，回访恢复', requestId: ctx.requestId },
              ],
              notices: [],
            }
          : null,
      ctx.now,
    );
    return;
  }
  if (callbackPhone && callbackPhone !== existing.callbackPhone) {
    await retryFollowup(
      ctx.deps,
      existing.id,
      (f) =>
        f.status !== 'closed' && f.callbackPhone !== callbackPhone ? phoneLeft(f, callbackPhone, ctx.requestId) : null,
      ctx.now,
    );
  }
}
