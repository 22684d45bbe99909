/**
 * Aggregates for the evaluation office: counted in the database (SQL GROUP BY, CloudBase
 * aggregate), never by reading rows into the server. Only counts and sums leave the store.
 */
export interface StatsFilter {
  /** [from, to): instants bounding the period (Shanghai days, converted by the caller). */
  from: Date;
  to: Date;
  departmentId?: string;
  windowId?: string;
  staffId?: string;
  matterId?: string;
}

export interface EvaluationAggregate {
  count: number;
  /** How many evaluations at each level 1–5. */
  levels: Record<1 | 2 | 3 | 4 | 5, number>;
  /** Per dimension: the sum of its ratings and how many rated it. */
  dimensions: Record<string, { sum: number; count: number }>;
  /** Amended after submission: how many had their level changed, and how many of those were a 差评 (1–2) first and are not now. */
  amendments: { levelChanged: number; raisedFromBad: number };
}

export interface ComplaintAggregate {
  /** Filed in the period. */
  count: number;
  /** Of those: answered at least once, and answered by the first deadline. */
  replied: number;
  repliedOnTime: number;
  /** Of those: still unanswered with the first deadline passed (late either way). */
  lateUnreplied: number;
  /** Of those answered: reopened at least once (the complainant was not satisfied). */
  reopened: number;
  /** In scope, whatever the period: open now and past the deadline. */
  overdueNow: number;
  /** First reply time of those answered, in seconds: the sum (for the mean) and the 90th percentile (nearest rank). */
  replySecondsSum: number;
  replySecondsP90: number | null;
  /**
   * The complainants' ratings of replies: 满意 and 基本满意 close a case and stay on it; each 不满意
   * reopens it, so those are counted from the reopens.
   */
  ratings: { satisfied: number; basic: number; unsatisfied: number };
  /** Cases per category (投诉类别) in the period. */
  categories: Record<string, number>;
}

export type Levels = EvaluationAggregate['levels'];

export type GroupField = 'departmentId' | 'windowId' | 'staffId';

export interface StatsStore {
  evaluations(f: StatsFilter): Promise<EvaluationAggregate>;
  /** Level counts per department, window or staff member in the period (rankings, assessment). */
  levelsBy(field: GroupField, f: StatsFilter): Promise<Record<string, EvaluationAggregate['levels']>>;
  /** Level counts per Shanghai calendar day (YYYY-MM-DD) in the period: the trend's raw series. */
  levelsByDay(f: StatsFilter): Promise<Record<string, Levels>>;
  complaints(f: StatsFilter, now: Date): Promise<ComplaintAggregate>;
  /** The newest evaluations with a comment in the period, without any evaluator identity. */
  recentComments(f: StatsFilter, limit: number): Promise<{ createdAt: Date; departmentId: string; windowId: string | null; staffId: string | null; level: number; tags: string[]; comment: string }[]>;
  /** How often each reason tag was picked on a 差评 (levels 1–2) in the period: the report's 差评原因. */
  badReasons(f: StatsFilter): Promise<Record<string, number>>;
}
