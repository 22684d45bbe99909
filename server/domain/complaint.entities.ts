/** A complaint (投诉) case, its timeline, the notices it causes and the photos it carries. */
import type { ComplaintStatus, Rating, TimelineKind } from '../contract/complaint.schema';

export type ComplaintSource = 'card' | 'window' | 'department' | 'evaluation';

export interface Complaint {
  id: string;
  /** Human-readable, unique: TS261124-7KQ2. */
  trackingNo: string;
  /** Keyed hash of the complainant; the identity itself is never stored. */
  subjectHash: string;
  anonymous: boolean;
  /** Personal data: shown masked to staff, revealed only with a log entry. */
  contactPhone: string | null;
  /** The complainant's WeChat OPENID, sealed (security/sealed.ts), to push "reply ready"; dropped when the case ends. */
  notifyOpenid: string | null;
  source: ComplaintSource;
  cardId: string | null;
  windowId: string | null;
  evaluationId: string | null;
  departmentId: string;
  /** The staff member the complaint is about, when known (the card's or the window's). */
  staffId: string | null;
  /** The card's matter (办事事项), for statistics by matter. */
  matterId: string | null;
  category: string;
  content: string;
  /** Photo file ids: local uploads (f_…) or CloudBase storage (cloud://…). */
  photos: string[];
  status: ComplaintStatus;
  /** Who must reply now; null = the supervisors' queue. */
  assigneeStaffId: string | null;
  replyDueAt: Date;
  /** The first deadline and the first reply, kept through reopens: the on-time rate is theirs. */
  firstReplyDueAt: Date;
  firstRepliedAt: Date | null;
  reply: { content: string; byStaffId: string; at: Date } | null;
  rating: Rating | 'none' | null;
  ratingComment: string;
  rejectReason: string | null;
  reopenCount: number;
  /** The sweep touches the case at this time (index); null = nothing left to do. */
  nextSweepAt: Date | null;
  /** Sweep progress for the current deadline: which notices went out. */
  sweepStage: 'none' | 'reminded' | 'dueDay' | 'overdue';
  /** Shanghai date of the last overdue escalation: at most one a day. */
  lastEscalatedOn: string | null;
  /** How many steps of the 督办 ladder (domain/ladder.rules.ts) the current deadline has climbed. */
  ladderStep: number;
  /** AB岗: the handler on leave whose case this B post holds until they are back (null: nobody's). */
  coveringFor: string | null;
  /** The one 延期 a case may have: asked by the handler, decided by the supervisor. */
  extension: Extension | null;
  /** Optimistic concurrency: every transition bumps it; a stale one is refused. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  requestId: string;
  requestHash: string;
}

/** 延期: up to 7 more days, asked once per case with a reason. */
export interface Extension {
  days: number;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decision: string | null;
}

export type ActorKind = 'resident' | 'staff' | 'system';

export interface CaseEvent {
  id: string;
  complaintId: string;
  at: Date;
  kind: TimelineKind;
  actorKind: ActorKind;
  actorStaffId: string | null;
  /** Facts of the event (to/from staff ids, reasons, ratings): rendered per reader. */
  data: Record<string, unknown>;
}

/** A resident recipient may carry their sealed OPENID, so a push can reach them (WeChat only). */
export type Recipient = { staffId: string } | { subjectHash: string; sealedOpenid?: string };

export interface OutboxItem {
  /** Deterministic from the dedup key: the same notice can be enqueued once only. */
  id: string;
  dedupKey: string;
  kind: NoticeKind;
  recipient: Recipient;
  /** The case, rectification item, follow-up, appeal or card the notice is about (exactly one is set). */
  complaintId: string | null;
  rectificationId: string | null;
  followupId: string | null;
  appealId: string | null;
  cardId: string | null;
  /** Template fields (already cut to WeChat's limits) and the in-app text. */
  payload: { title: string; body: string; fields: Record<string, string> };
  status: 'pending' | 'sent' | 'undeliverable';
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  lastError: string | null;
}

export type NoticeKind =
  | 'case.new'
  | 'case.remind'
  | 'case.dueDay'
  | 'case.overdue'
  | 'case.escalated'
  | 'case.replied'
  | 'case.reopened'
  | 'case.transferred'
  | 'case.statement'
  | 'case.reported'
  | 'case.extension'
  | 'case.extensionDecided'
  | 'case.extended'
  | 'case.handedOver'
  | 'case.rectified'
  | 'rect.assigned'
  | 'rect.dueDay'
  | 'rect.overdue'
  | 'rect.submitted'
  | 'rect.returned'
  | 'rect.verified'
  | 'followup.new'
  | 'followup.remind'
  | 'followup.dueDay'
  | 'followup.overdue'
  | 'followup.escalated'
  | 'followup.reported'
  | 'followup.answered'
  | 'followup.review'
  | 'followup.rectified'
  | 'appeal.new'
  | 'appeal.overdue'
  | 'appeal.decided'
  | 'card.done'
  | 'card.dueSoon'
  | 'card.overdue';

export interface Message {
  /** The outbox item it delivers: delivering twice writes one message. */
  id: string;
  recipientKey: string;
  kind: NoticeKind;
  title: string;
  body: string;
  complaintId: string | null;
  rectificationId: string | null;
  followupId: string | null;
  appealId: string | null;
  cardId: string | null;
  createdAt: Date;
}

/** An uploaded photo (local mode and self-hosted; in WeChat photos live in cloud storage). */
export interface StoredFile {
  id: string;
  /** Keyed hash of the uploader: only they may attach it to a complaint. */
  ownerHash: string;
  contentType: string;
  size: number;
  bytes: Uint8Array;
  createdAt: Date;
  /** Set once the photo belongs to a complaint; then the case's readers may see it. */
  complaintId: string | null;
}
