/** Row ↔ entity mapping for complaints, their events, the outbox and messages. */
import type { CaseEvent, Complaint, Message, OutboxItem, StoredFile } from '../../ports/complaint-store';
import type { RowOf } from './sql-client';

/** `reply` is a JSON object: its instant comes back as a string. */
export type ComplaintRow = RowOf<Omit<Complaint, 'reply'>> & { reply: { content: string; byStaffId: string; at: string } | null };
const date = (v: unknown) => (v == null ? null : new Date(v as string));

export const toComplaint = (r: ComplaintRow): Complaint => ({
  id: r.id,
  trackingNo: r.tracking_no,
  subjectHash: r.subject_hash,
  anonymous: r.anonymous,
  contactPhone: r.contact_phone,
  notifyOpenid: r.notify_openid,
  source: r.source,
  cardId: r.card_id,
  windowId: r.window_id,
  evaluationId: r.evaluation_id,
  departmentId: r.department_id,
  staffId: r.staff_id,
  matterId: r.matter_id ?? null,
  category: r.category,
  content: r.content,
  photos: r.photos ?? [],
  status: r.status,
  assigneeStaffId: r.assignee_staff_id,
  replyDueAt: new Date(r.reply_due_at),
  firstReplyDueAt: new Date(r.first_reply_due_at),
  firstRepliedAt: date(r.first_replied_at),
  reply: r.reply ? { content: r.reply.content, byStaffId: r.reply.byStaffId, at: new Date(r.reply.at) } : null,
  rating: r.rating,
  ratingComment: r.rating_comment,
  rejectReason: r.reject_reason,
  reopenCount: r.reopen_count,
  nextSweepAt: date(r.next_sweep_at),
  sweepStage: r.sweep_stage,
  lastEscalatedOn: r.last_escalated_on,
  version: r.version,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  closedAt: date(r.closed_at),
  requestId: r.request_id,
  requestHash: r.request_hash,
});

/** Column order of `complaintParams`, for INSERT and UPDATE statements. */
export const COMPLAINT_COLUMNS = [
  'id', 'tracking_no', 'subject_hash', 'anonymous', 'contact_phone', 'notify_openid', 'source', 'card_id', 'window_id', 'evaluation_id',
  'department_id', 'staff_id', 'category', 'content', 'photos', 'status', 'assignee_staff_id', 'reply_due_at', 'first_reply_due_at', 'first_replied_at', 'reply', 'rating',
  'rating_comment', 'reject_reason', 'reopen_count', 'next_sweep_at', 'sweep_stage', 'last_escalated_on', 'version',
  'created_at', 'updated_at', 'closed_at', 'request_id', 'request_hash', 'matter_id',
] as const;

export const complaintParams = (c: Complaint): unknown[] => [
  c.id, c.trackingNo, c.subjectHash, c.anonymous, c.contactPhone, c.notifyOpenid, c.source, c.cardId, c.windowId, c.evaluationId,
  c.departmentId, c.staffId, c.category, c.content, JSON.stringify(c.photos), c.status, c.assigneeStaffId, c.replyDueAt, c.firstReplyDueAt, c.firstRepliedAt,
  c.reply ? JSON.stringify({ content: c.reply.content, byStaffId: c.reply.byStaffId, at: c.reply.at.toISOString() }) : null,
  c.rating, c.ratingComment, c.rejectReason, c.reopenCount, c.nextSweepAt, c.sweepStage, c.lastEscalatedOn, c.version,
  c.createdAt, c.updatedAt, c.closedAt, c.requestId, c.requestHash, c.matterId,
];

export const toCaseEvent = (r: RowOf<CaseEvent>): CaseEvent => ({
  id: r.id,
  complaintId: r.complaint_id,
  at: new Date(r.at),
  kind: r.kind,
  actorKind: r.actor_kind,
  actorStaffId: r.actor_staff_id,
  data: r.data,
});

export const toOutboxItem = (r: RowOf<OutboxItem>): OutboxItem => ({
  id: r.id,
  dedupKey: r.dedup_key,
  kind: r.kind,
  recipient: r.recipient,
  complaintId: r.complaint_id,
  rectificationId: r.rectification_id ?? null,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: new Date(r.next_attempt_at),
  createdAt: new Date(r.created_at),
  sentAt: date(r.sent_at),
  lastError: r.last_error,
});

export const toMessage = (r: RowOf<Message>): Message => ({
  id: r.id,
  recipientKey: r.recipient_key,
  kind: r.kind,
  title: r.title,
  body: r.body,
  rectificationId: r.rectification_id ?? null,
  complaintId: r.complaint_id,
  createdAt: new Date(r.created_at),
});

export const toFile = (r: RowOf<StoredFile>): StoredFile => ({
  id: r.id,
  ownerHash: r.owner_hash,
  contentType: r.content_type,
  size: r.size,
  bytes: new Uint8Array(r.bytes),
  createdAt: new Date(r.created_at),
  complaintId: r.complaint_id,
});
