/**
 * The store port: narrow, domain-speaking operations. Every adapter (SQL on PGlite and
 * PostgreSQL, CloudBase) passes the one contract suite in test/contract/.
 */
import type { ComplaintStore, FileStore, MessageStore, OutboxStore } from './complaint-store';
import type { InsertResult } from './insert-result';
import type { StatsStore } from './stats';
import type { BindCodeStore, StaffPasswordStore } from './bind-codes';
import type { ContentFlagStore } from './content-flags';
import type { AssessmentStore } from './assessments';
import type { ExportStore } from './exports';
import type { RectificationStore } from './rectifications';
import type { AccountabilityStore } from './accountability';
import type { AuditStore } from './audit';
import type { AppealStore, FollowupStore } from './followups';
import type { AttemptLedger, JobLocks, RateStore } from './guards';
import type { OutboxItem } from './complaint-store';
export type { Department, Window, StaffRole, Staff, Matter } from '../domain/org.entities';
import type { Department, Window, Staff, Matter } from '../domain/org.entities';
export type { Card, CardEvent, CardNotice, CardWatcher } from '../domain/card.entities';
import type { Card } from '../domain/card.entities';
export type { Evaluation, NewEvaluation, EarlierLevel, EvaluationDetails } from '../domain/evaluation.entities';
import type { Evaluation, NewEvaluation, EvaluationDetails } from '../domain/evaluation.entities';

export type { InsertResult } from './insert-result';

export interface OrgStore {
  departments(): Promise<Department[]>;
  windows(): Promise<Window[]>;
  staff(): Promise<Staff[]>;
  matters(): Promise<Matter[]>;
  departmentById(id: string): Promise<Department | null>;
  windowById(id: string): Promise<Window | null>;
  staffById(id: string): Promise<Staff | null>;
  staffByOpenid(openid: string): Promise<Staff | null>;
  matterById(id: string): Promise<Matter | null>;
  mattersByDepartment(departmentId: string): Promise<Matter[]>;
  /** Create or replace whole records (seeding, organisation import). */
  putDepartment(d: Department): Promise<void>;
  putWindow(w: Window): Promise<void>;
  putStaff(s: Staff): Promise<void>;
  putMatter(m: Matter): Promise<void>;
}

export interface CardStore {
  /** Inserts unless (staffId, requestId) exists; then returns the existing card. */
  insert(card: Card): Promise<InsertResult<Card>>;
  byId(id: string): Promise<Card | null>;
  /** Newest first; `before` pages by issuedAt. */
  byStaff(staffId: string, limit: number, before?: Date): Promise<Card[]>;
  /** Writes `next` if the stored card still has `next.version - 1`, with its notices, atomically. Null = someone else won. */
  transition(next: Card, outbox: OutboxItem[]): Promise<Card | null>;
  /** Open cards the sweep owes a notice (nextSweepAt has come), oldest first. */
  dueForSweep(now: Date, limit: number): Promise<Card[]>;
  /** Open cards past their due date, most overdue first: all, or those of some departments or one issuer. */
  openOverdue(q: { now: Date; departmentIds?: string[]; staffId?: string; limit: number }): Promise<Card[]>;
}

export interface EvaluationStore {
  /**
   * Inserts unless the resident already used this requestId (conflict 'request') or already
   * evaluated this visit (conflict 'visit'); either way nothing is written and the existing row
   * is returned. Atomic: two concurrent inserts for one visit create exactly one row.
   */
  insert(e: NewEvaluation): Promise<InsertResult<Evaluation>>;
  byId(id: string): Promise<Evaluation | null>;
  bySubjectAndVisit(subjectHash: string, visitKey: string): Promise<Evaluation | null>;
  /**
   * Updates the details of one evaluation, keeping the version it replaces in `earlier` (and
   * counting a changed level), atomically; returns the row after the update.
   */
  amend(id: string, details: EvaluationDetails): Promise<Evaluation | null>;
  /** The resident's own evaluations, newest first. */
  bySubject(subjectHash: string, limit: number): Promise<Evaluation[]>;
  /**
   * 一事一评: claims the card for this resident unless someone claimed it first; resolves to the
   * owner's hash either way. Atomic: of two concurrent claims exactly one wins.
   */
  claimCard(cardId: string, subjectHash: string, at: Date): Promise<string>;
}

export interface SettingsStore {
  get<T>(key: string): Promise<T | null>;
  put<T>(key: string, value: T): Promise<void>;
}

export interface Store {
  readonly kind: 'pglite' | 'postgres' | 'cloudbase';
  org: OrgStore;
  cards: CardStore;
  evaluations: EvaluationStore;
  settings: SettingsStore;
  complaints: ComplaintStore;
  outbox: OutboxStore;
  messages: MessageStore;
  files: FileStore;
  stats: StatsStore;
  bindCodes: BindCodeStore;
  passwords: StaffPasswordStore;
  flags: ContentFlagStore;
  assessments: AssessmentStore;
  exports: ExportStore;
  rectifications: RectificationStore;
  accountability: AccountabilityStore;
  audit: AuditStore;
  followups: FollowupStore;
  appeals: AppealStore;
  /** Rate-limit counters (bookkeeping, not data: left out of `counts`). */
  rates: RateStore;
  /** Sign-in attempt counters (bookkeeping too: left out of `counts`). */
  attempts: AttemptLedger;
  locks: JobLocks;
  /** Row counts per collection: health checks and "nothing was written" assertions. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
