/**
 * The complaint part of the store port: cases, their timeline, the outbox of notifications and
 * the in-app messages. A state change, its timeline entries and the notifications it causes are
 * written in one atomic `transition`, so nothing is lost or doubled.
 */
import type { ComplaintStatus, InboxTab } from '../contract/complaint.schema';
import type { InsertResult } from './insert-result';
export type {
  ComplaintSource,
  Complaint,
  Extension,
  ActorKind,
  CaseEvent,
  Recipient,
  OutboxItem,
  NoticeKind,
  Message,
  StoredFile,
} from '../domain/complaint.entities';
import type { Complaint, CaseEvent, OutboxItem, Message, StoredFile } from '../domain/complaint.entities';

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
  create(
    c: Complaint,
    events: CaseEvent[],
    outbox: OutboxItem[],
  ): Promise<InsertResult<Complaint> | { created: false; conflict: 'trackingNo' }>;
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

export interface FileStore {
  put(f: StoredFile): Promise<void>;
  get(id: string): Promise<StoredFile | null>;
  /** Binds uploads to a case; files already bound (to any case) are left as they are. */
  attach(ids: string[], complaintId: string): Promise<void>;
}
