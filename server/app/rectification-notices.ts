/** The notices a rectification item's changes cause, deduplicated by kind, item, occasion and recipient. */
import { pendingDelivery } from './complaint-notices';
import { createHash } from 'node:crypto';
import { thing } from '../domain/complaint.rules';
import { RECT_STATUS_LABELS } from '../domain/rectification.rules';
import type { NoticeKind, OutboxItem } from '../ports/complaint-store';
import type { Rectification } from '../ports/rectifications';
import { TITLES } from './complaint-notices';

export function rectNotice(
  kind: NoticeKind,
  staffId: string,
  r: Rectification,
  now: Date,
  occasion: string | number,
  body: string,
): OutboxItem {
  const dedupKey = `${kind}:${r.id}:${occasion}:staff:${staffId}`;
  return {
    id: createHash('sha256').update(dedupKey).digest('hex').slice(0, 32),
    dedupKey,
    kind,
    recipient: { staffId },
    complaintId: null,
    rectificationId: r.id,
    payload: {
      title: TITLES[kind],
      body,
      fields: {
        trackingNo: r.id.slice(0, 32),
        category: thing(r.problem),
        dueAt: r.dueOn,
        status: thing(RECT_STATUS_LABELS[r.status], 5),
        summary: thing(body),
      },
    },
    ...pendingDelivery(now),
  };
}
