/** Appeals (申诉复核): their notices and how the office and the appellant read them. */
import { createHash } from 'node:crypto';
import type { AppealView } from '../contract/followup.schema';
import type { Appeal } from '../ports/followups';
import type { OutboxItem, Recipient } from '../ports/complaint-store';
import type { Store } from '../ports/store';
import { APPEAL_KIND_LABELS, APPEAL_STATUS_LABELS } from '../domain/appeal.rules';
import { CLASSIFICATION_LABELS } from '../domain/followup.rules';
import { thing } from '../domain/complaint.rules';
import { dueText, pendingDelivery, recipientKey, TITLES } from './complaint-notices';
import type { OrgIndex } from './complaint-views';

export function appealNotice(
  kind: OutboxItem['kind'],
  recipient: Recipient,
  a: Appeal,
  now: Date,
  occasion: string | number,
  body: string,
): OutboxItem {
  const dedupKey = `${kind}:${a.id}:${occasion}:${recipientKey(recipient)}`;
  return {
    id: createHash('sha256').update(dedupKey).digest('hex').slice(0, 32),
    dedupKey,
    kind,
    recipient,
    complaintId: null,
    rectificationId: null,
    followupId: null,
    appealId: a.id,
    payload: {
      title: TITLES[kind],
      body,
      fields: {
        trackingNo: '',
        category: thing(APPEAL_KIND_LABELS[a.kind]),
        dueAt: dueText(a.dueAt),
        status: thing(APPEAL_STATUS_LABELS[a.status], 5),
        summary: thing(body),
      },
    },
    ...pendingDelivery(now),
  };
}

/**
 * The office reads what is appealed (the 差评's level, reasons and comment; the complaint's
 * number, category and content) to decide; the appellant reads their own appeal and its outcome,
 * not the 差评 again.
 */
export async function appealView(
  store: Store,
  a: Appeal,
  org: OrgIndex,
  now: Date,
  forOffice: boolean,
): Promise<AppealView> {
  const name = (id: string) => org.staff.get(id)?.name ?? '';
  let target: AppealView['target'] = {};
  if (forOffice && a.evaluationId) {
    const e = await store.evaluations.byId(a.evaluationId);
    if (e) target = { level: e.level, tags: e.tags, comment: e.comment };
  } else if (forOffice && a.complaintId) {
    const c = await store.complaints.byId(a.complaintId);
    if (c) target = { trackingNo: c.trackingNo, category: c.category, content: c.content };
  }
  return {
    id: a.id,
    kind: a.kind,
    kindLabel: APPEAL_KIND_LABELS[a.kind],
    status: a.status,
    statusLabel: APPEAL_STATUS_LABELS[a.status],
    by: { id: a.byStaffId, name: name(a.byStaffId) },
    about: a.aboutStaffId ? { id: a.aboutStaffId, name: name(a.aboutStaffId) } : null,
    departmentName: org.departments.get(a.departmentId)?.name ?? '',
    reason: a.reason,
    hasAttachment: !!a.attachment,
    target,
    classificationLabel: a.classification ? CLASSIFICATION_LABELS[a.classification] : null,
    dueAt: a.dueAt.toISOString(),
    overdue: a.status === 'pending' && now > a.dueAt,
    decision: a.decision,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
  };
}
