/**
 * The store port: narrow, domain-speaking operations. Every adapter (SQL on PGlite and
 * PostgreSQL, CloudBase) passes the one contract suite in test/contract/.
 */
import type { MatterType } from '../contract/card.schema';
import type { LeavePeriod } from '../contract/org.schema';
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
import type { JobLocks, RateStore } from './guards';

export interface Department {
  id: string;
  name: string;
  headStaffId: string | null;
  supervisionPhone: string;
}

export interface Window {
  id: string;
  name: string;
  departmentId: string;
  /** A-post holder and B-post backup (AB岗). */
  aStaffId: string | null;
  bStaffId: string | null;
}

export type StaffRole = 'staff' | 'admin';

export interface Staff {
  id: string;
  number: string;
  name: string;
  departmentId: string;
  role: StaffRole;
  backupStaffId: string | null;
  /** Periods (Asia/Shanghai dates, inclusive) the person is away. */
  leave: LeavePeriod[];
  /** The WeChat OPENID bound to this record, if any. Personal data: never in a response. */
  openid: string | null;
}

export interface Matter {
  id: string;
  departmentId: string;
  name: string;
  type: MatterType;
  promisedDays: number;
  notes: string;
}

export interface Card {
  id: string;
  matter: string;
  matterType: MatterType;
  matterId: string | null;
  promisedDays: number;
  dayKind: 'working' | 'natural';
  notes: string;
  supervisionPhone: string;
  staffId: string;
  departmentId: string;
  windowId: string | null;
  issuedAt: Date;
  dueAt: Date;
  /** Idempotency: (staffId, requestId) is unique; requestHash detects a reused key. */
  requestId: string;
  requestHash: string;
}

export interface Evaluation {
  id: string;
  /** Keyed hash of the resident's identity; the identity itself is never stored. */
  subjectHash: string;
  target: 'card' | 'window';
  cardId: string | null;
  windowId: string | null;
  staffId: string | null;
  departmentId: string;
  /** The card's matter (办事事项), for statistics by matter; null for window evaluations. */
  matterId: string | null;
  /** One evaluation per resident per visit: `card:<id>` or `window:<id>:<YYYY-MM-DD>`. */
  visitKey: string;
  level: number;
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
  createdAt: Date;
  updatedAt: Date;
  requestId: string;
  requestHash: string;
  /**
   * Amendments are kept ("不得强迫或者干扰评价人的评价行为": pressure at the window leaves a trace):
   * the level as first given, how many amendments changed the level, and every earlier version's
   * level with the time it was given, oldest first. Statistics count the latest level.
   */
  firstLevel: number;
  levelChanges: number;
  earlier: EarlierLevel[];
}

/** What a submission writes; the store starts the amendment history itself. */
export type NewEvaluation = Omit<Evaluation, 'firstLevel' | 'levelChanges' | 'earlier'>;

export interface EarlierLevel {
  level: number;
  at: Date;
}

export type { InsertResult } from './insert-result';

export interface EvaluationDetails {
  level: number;
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
  updatedAt: Date;
}

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
  /** Rate-limit counters (bookkeeping, not data: left out of `counts`). */
  rates: RateStore;
  locks: JobLocks;
  /** Row counts per collection: health checks and "nothing was written" assertions. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
