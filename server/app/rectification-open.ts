/**
 * Opening a rectification item (整改): by the office (rectification.create) or by a 差评's
 * follow-up decided as 限期整改. Idempotent on (creator, requestId); the owner is told.
 */
import type { ActionContext } from '../core/define-action';
import type { Rectification } from '../ports/rectifications';
import type { Staff } from '../ports/store';
import { rectNextSweepAt } from '../domain/rectification.rules';
import { rectNotices } from './rectification-notices';

export type RectificationOpening = Pick<
  Rectification,
  'sourceKind' | 'complaintId' | 'sourceNote' | 'problem' | 'ownerDepartmentId' | 'ownerStaffId' | 'plan' | 'dueOn'
> & { followupId?: string | null };

export async function openRectification(
  ctx: Pick<ActionContext, 'deps' | 'now' | 'requestId'>,
  by: Staff,
  o: RectificationOpening,
): Promise<Rectification> {
  const { store, ids } = ctx.deps;
  const r: Rectification = {
    id: `RECT${ids.next(16)}`,
    ...o,
    followupId: o.followupId ?? null,
    status: 'open',
    entries: [{ at: ctx.now, byStaffId: by.id, kind: 'created', text: o.plan }],
    createdBy: by.id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    verifiedAt: null,
    nextSweepAt: null,
    sweepStage: 'none',
    version: 1,
    requestId: ctx.requestId,
  };
  r.nextSweepAt = rectNextSweepAt(r);
  const outbox = await rectNotices(store, 'rect.assigned', r, ctx.now, 'new', `请于 ${r.dueOn} 前完成整改`);
  return (await store.rectifications.create(r, outbox)).row;
}
