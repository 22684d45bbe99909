/** The figures the store counts (never rows): what statistics are computed from. */
import type { CardFigures } from '../contract/stats.schema';
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
  /** Of those: given an approved 延期 (the on-time figure already judges them by the new deadline). */
  extended: number;
}

export type Levels = EvaluationAggregate['levels'];

/** Counts for the figures, per period and scope, of follow-ups opened by 差评 in that period. */
export interface FollowupFigures {
  opened: number;
  /** Recorded by the handler (whatever the state now). */
  followedUp: number;
  /** Disposed of: 立行立改, 解释说明, or a 限期整改 whose rectification was verified. */
  disposed: number;
  byClassification: Record<string, number>;
  reached: number;
  /** Evaluations in the scope and period an upheld appeal left out of every figure. */
  excluded: number;
}

/** 按时办结率 = completed by the due date ÷ completed (null while none is completed). */
export function cardFigures(counts: Omit<CardFigures, 'onTimeRate'>): CardFigures {
  return { ...counts, onTimeRate: counts.completed ? counts.completedOnTime / counts.completed : null };
}
