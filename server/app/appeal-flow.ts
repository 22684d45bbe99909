/** Appeals (申诉复核): their notices and how the office and the appellant read them. */
import type { AppealView } from '../contract/followup.schema';
import type { Appeal } from '../ports/followups';
import type { OutboxItem, Recipient } from '../ports/complaint-store';
import type { Store } from '../ports/store';
import { APPEAL_DECIDE_DAYS, APPEAL_KIND_LABELS, APPEAL_STATUS_LABELS } from '../domain/appeal.rules';
import { replyDue, thing } from '../domain/complaint.rules';
import { CLASSIFICATION_LABELS } from '../domain/followup.rules';
import { dueText, outboxItem } from './complaint-notices';
import type { OrgIndex } from './complaint-views';

/** A pending appeal, due for the office's decision in 7 days (the sweep watches the deadline). */
export function newAppeal(
  fields: Pick<
    Appeal,
    | 'id'
    | 'kind'
    | 'evaluationId'
    | 'complaintId'
    | 'followupId'
    | 'byStaffId'
    | 'aboutStaffId'
    | 'departmentId'
    | 'classification'
    | 'reason'
    | 'attachment'
    | 'requestId'
  >,
  now: Date,
): Appeal {
  const dueAt = replyDue(now, { replyDays: APPEAL_DECIDE_DAYS, dayKind: 'natural' }).dueAt;
  return {
    ...fields,
    status: 'pending',
    dueAt,
    decidedBy: null,
    decision: null,
    decidedAt: null,
    nextSweepAt: dueAt,
    sweepStage: 'none',
    lastEscalatedOn: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export function appealNotice(
  kind: OutboxItem['kind'],
  recipient: Recipient,
  a: Appeal,
  now: Date,
  occasion: string | number,
  body: string,
): OutboxItem {
  return outboxItem(kind, recipient, { appealId: a.id }, now, occasion, body, {
    trackingNo: '',
    category: thing(APPEAL_KIND_LABELS[a.kind]),
    dueAt: dueText(a.dueAt),
    status: thing(APPEAL_STATUS_LABELS[a.status], 5),
  });
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
