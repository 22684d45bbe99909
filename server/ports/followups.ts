/**
 * Follow-up cases (差评回访) and appeals (申诉复核). A change commits with its notices — and, where
 * the domain says so, with what it causes elsewhere (an appeal for the office's approval, an
 * evaluation or complaint flagged `excluded`) — in one atomic write, versioned like complaints.
 */
import type { OutboxItem } from './complaint-store';
export type {
  Followup,
  FollowupStatus,
  FollowupEntry,
  FollowupRecord,
  FollowupCallback,
  FollowupClassification,
  FollowupDisposal,
} from '../domain/followup.entities';
export type { Appeal, AppealKind, AppealStatus } from '../domain/appeal.entities';
import type { Followup, FollowupStatus } from '../domain/followup.entities';
import type { Appeal, AppealStatus } from '../domain/appeal.entities';

/** Whose follow-ups: everything (the office), or one handler's plus the departments they head — never their own 差评. */
export interface FollowupScope {
  all: boolean;
  assigneeStaffId: string;
  headOfDepartmentIds: string[];
  readerStaffId: string;
}

/** Open ones page by (dueAt, id) ascending; the others by (updatedAt, id) descending. */
export interface FollowupCursor {
  at: Date;
  id: string;
}

export interface FollowupPage {
  rows: Followup[];
  next: FollowupCursor | null;
  /** Every follow-up in the scope, by status (for the tabs' counts). */
  counts: Partial<Record<FollowupStatus, number>>;
}

export interface FollowupTab {
  statuses: readonly FollowupStatus[];
  /** `due`: earliest deadline first (work to do); `recent`: last changed first (done). */
  order: 'due' | 'recent';
}

/** What a change causes besides the follow-up itself, in the same atomic write. */
export interface FollowupEffects {
  /** An appeal for the office's approval (a 误评 / 恶意差评 classification); skipped if its id exists. */
  appeal?: Appeal;
}

export type { FollowupFigures } from '../domain/stats.figures';
import type { FollowupFigures } from '../domain/stats.figures';

export interface FigureScope {
  from: Date;
  to: Date;
  departmentId?: string;
  windowId?: string;
  staffId?: string;
  matterId?: string;
}

export interface FollowupStore {
  /** Creates unless the evaluation has one (then returns it); with its notices, atomically. */
  create(f: Followup, outbox: OutboxItem[]): Promise<{ created: boolean; row: Followup }>;
  byId(id: string): Promise<Followup | null>;
  byEvaluation(evaluationId: string): Promise<Followup | null>;
  byEvaluations(evaluationIds: string[]): Promise<Followup[]>;
  inbox(scope: FollowupScope, tab: FollowupTab, after: FollowupCursor | null, limit: number): Promise<FollowupPage>;
  /** Writes `next` if the stored one still has `next.version - 1`, with its notices and effects. Null = someone else won. */
  transition(next: Followup, outbox: OutboxItem[], effects?: FollowupEffects): Promise<Followup | null>;
  dueForSweep(now: Date, limit: number): Promise<Followup[]>;
  /** Forgets call-back numbers of follow-ups closed before `closedBefore`; returns how many. */
  purgeContacts(closedBefore: Date): Promise<number>;
  figures(scope: FigureScope): Promise<FollowupFigures>;
}

/** What deciding an appeal changes besides the appeal. */
export interface AppealEffects {
  /** Flag this evaluation or complaint excluded (upheld) — by this appeal's id. */
  exclude?: { evaluationId: string } | { complaintId: string };
  /** The follow-up the decision moves on (a classification appeal), version-checked like the appeal. */
  followup?: Followup;
}

export interface AppealStore {
  /**
   * Creates with its notices; idempotent on (byStaffId, requestId) → the first row. A pending
   * appeal of the same evaluation or complaint → conflict 'pending' (nothing written).
   */
  create(
    a: Appeal,
    outbox: OutboxItem[],
  ): Promise<{ created: true; row: Appeal } | { created: false; row: Appeal; conflict: 'request' | 'pending' }>;
  byId(id: string): Promise<Appeal | null>;
  /** Newest first; by status, or by appellant. */
  list(f: { status?: AppealStatus; byStaffId?: string }, limit: number): Promise<Appeal[]>;
  /** Appeals (any status) of one evaluation or complaint, oldest first. */
  of(target: { evaluationId: string } | { complaintId: string }): Promise<Appeal[]>;
  transition(next: Appeal, outbox: OutboxItem[], effects?: AppealEffects): Promise<Appeal | null>;
  dueForSweep(now: Date, limit: number): Promise<Appeal[]>;
}
