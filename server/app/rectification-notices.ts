/** The notices a rectification item's changes cause, deduplicated by kind, item, occasion and recipient. */
import { outboxItem } from './complaint-notices';
import { thing } from '../domain/complaint.rules';
import { RECT_STATUS_LABELS } from '../domain/rectification.rules';
import { rectStaffToTell, type RectRole } from '../domain/rectification.recipients';
import type { NoticeKind, OutboxItem } from '../ports/complaint-store';
import type { Rectification } from '../ports/rectifications';
import type { Store } from '../ports/store';
import { orgIndex } from './complaint-views';

export function rectNotice(
  kind: NoticeKind,
  staffId: string,
  r: Rectification,
  now: Date,
  occasion: string | number,
  body: string,
): OutboxItem {
  return outboxItem(kind, { staffId }, { rectificationId: r.id }, now, occasion, body, {
    trackingNo: r.id.slice(0, 32),
    category: thing(r.problem),
    dueAt: r.dueOn,
    status: thing(RECT_STATUS_LABELS[r.status], 5),
  });
}

/**
 * The notices of `kind` about `r`, to whom domain/rectification.recipients.ts says — it reads the
 * organisation and whom the item's source complaint is about — each with the body for their role.
 */
export async function rectNotices(
  store: Store,
  kind: NoticeKind,
  r: Rectification,
  now: Date,
  occasion: string | number,
  body: string | ((role: RectRole) => string),
): Promise<OutboxItem[]> {
  const [org, source] = await Promise.all([
    orgIndex(store),
    r.complaintId ? store.complaints.byId(r.complaintId) : null,
  ]);
  return rectStaffToTell(kind, org, { ...r, aboutStaffId: source?.staffId ?? null }).map(({ staffId, role }) =>
    rectNotice(kind, staffId, r, now, occasion, typeof body === 'string' ? body : body(role)),
  );
}
