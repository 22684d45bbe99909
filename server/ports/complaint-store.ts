/**
 * The complaint part of the store port: cases, their timeline, the outbox of notifications and
 * the in-app messages. A state change, its timeline entries and the notifications it causes are
 * written in one atomic `transition`, so nothing is lost or doubled.
 */
import type { ComplaintStatus, InboxTab, Rating, TimelineKind } from '../contract/complaint.schema';
import type { InsertResult } from './insert-result';

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
  /** The complainant's WeChat OPENID, sealed (actions/sealed.ts), to push "reply ready"; dropped when the case ends. */
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
  /** Optimistic concurrency: every transition bumps it; a stale one is refused. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  requestId: string;
  requestHash: string;
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
  /** The case or the rectification item the notice is about (exactly one is set). */
  complaintId: string | null;
  rectificationId: string | null;
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
  | 'case.new' | 'case.remind' | 'case.dueDay' | 'case.overdue' | 'case.escalated' | 'case.replied' | 'case.reopened' | 'case.transferred'
  | 'case.statement'
  | 'rect.assigned' | 'rect.dueDay' | 'rect.overdue' | 'rect.submitted' | 'rect.returned' | 'rect.verified';

export interface Message {
  /** The outbox item it delivers: delivering twice writes one message. */
  id: string;
  recipientKey: string;
  kind: NoticeKind;
  title: string;
  body: string;
  complaintId: string | null;
  rectificationId: string | null;
  createdAt: Date;
}

export interface ComplaintFilter {
  assigneeStaffId?: string;
  departmentId?: string;
  /** Only cases waiting in the supervisors' queue. */
  unassigned?: boolean;
  statuses?: ComplaintStatus[];
}

/**
 * Whose inbox: everything (the office), or the cases assigned to one person plus the assigned
 * cases of the departments they head (an office-queue case is not a head's). Never a case about
 * the reader themselves.
 */
export interface InboxScope {
  all: boolean;
  assigneeStaffId: string;
  headOfDepartmentIds: string[];
  /** The reader: cases about them (staffId) are left out. */
  readerStaffId: string;
}

export interface InboxQuery extends InboxScope {
  tab: InboxTab;
  now: Date;
  /** Open cases due at or before this (and not yet overdue) are 即将到期. */
  dueSoonUntil: Date;
}

/** Open tabs page by (replyDueAt, id) ascending; 已回复 by (updatedAt, id) descending. */
export interface InboxCursor {
  at: Date;
  id: string;
}

export interface InboxPage {
  rows: Complaint[];
  next: InboxCursor | null;
  /** Per tab in the scope, counted in the database: 待回复 is every open case; 已回复 every other. */
  counts: Record<InboxTab, number>;
}

export interface ComplaintStore {
  /**
   * Creates a case with its first timeline entries and notices, atomically; idempotent on
   * (subjectHash, requestId) → conflict 'request'. A taken tracking number → conflict 'trackingNo'
   * (nothing written; the caller draws another).
   */
  create(c: Complaint, events: CaseEvent[], outbox: OutboxItem[]): Promise<InsertResult<Complaint> | { created: false; conflict: 'trackingNo' }>;
  byId(id: string): Promise<Complaint | null>;
  bySubject(subjectHash: string, limit: number): Promise<Complaint[]>;
  /** Newest deadline last: what a handler should do first comes first. */
  list(filter: ComplaintFilter, limit: number): Promise<Complaint[]>;
  /** A reader's inbox by tab, a page at a time, with the counts of every tab. */
  inbox(q: InboxQuery, after: InboxCursor | null, limit: number): Promise<InboxPage>;
  /**
   * Writes `next` if the stored case still has `next.version - 1`; with its events and outbox
   * items (a dedup key already present is skipped), all or nothing. Null = someone else won.
   */
  transition(next: Complaint, events: CaseEvent[], outbox: OutboxItem[]): Promise<Complaint | null>;
  timeline(complaintId: string): Promise<CaseEvent[]>;
  /** Cases whose nextSweepAt has come, oldest first. */
  dueForSweep(now: Date, limit: number): Promise<Complaint[]>;
  /** Forgets the call-back numbers of cases closed before `closedBefore` (retention); returns how many. */
  purgeContacts(closedBefore: Date): Promise<number>;
  /**
   * Timeline entries whose actor (`data.by`) is still a raw identity (`wx:…`, `guest:…`, `dev:…`,
   * `staff:…`: written before actors were kept as keyed hashes), at most `limit`.
   */
  rawActorEvents(limit: number): Promise<{ id: string; by: string }[]>;
  /** Replaces an entry's actor with its keyed hash. */
  setEventActor(id: string, by: string): Promise<void>;
}

export interface OutboxStore {
  /** Drops the sealed OPENID from notices no longer pending and created before `before`; returns how many. */
  purgeSealed(before: Date): Promise<number>;
  /** Items due for delivery; each is leased until `leaseUntil` so a second dispatcher skips it. */
  claim(now: Date, leaseUntil: Date, limit: number): Promise<OutboxItem[]>;
  markSent(id: string, at: Date): Promise<void>;
  /** `retryAt` null = final (undeliverable). */
  markFailed(id: string, error: string, retryAt: Date | null): Promise<void>;
  /** Adds items outside a transition (fallback notices); dedup keys already present are skipped. */
  enqueue(items: OutboxItem[]): Promise<void>;
  byComplaint(complaintId: string): Promise<OutboxItem[]>;
}

export interface MessageStore {
  /** Idempotent on id. */
  add(m: Message): Promise<void>;
  forRecipient(recipientKey: string, limit: number): Promise<Message[]>;
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

export interface FileStore {
  put(f: StoredFile): Promise<void>;
  get(id: string): Promise<StoredFile | null>;
  /** Binds uploads to a case; files already bound (to any case) are left as they are. */
  attach(ids: string[], complaintId: string): Promise<void>;
}
