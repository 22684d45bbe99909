/**
 * Aggregates for the evaluation office: counted in the database (SQL GROUP BY, CloudBase
 * aggregate), never by reading rows into the server. Only counts and sums leave the store.
 */
import type { ComplaintAggregate, EvaluationAggregate, Levels } from '../domain/stats.figures';
import type { CardFigures } from '../contract/stats.schema';

export type { EvaluationAggregate, ComplaintAggregate, Levels } from '../domain/stats.figures';

/** The period and scope of a figure. */
export interface StatsFilter {
  /** [from, to): instants bounding the period (Shanghai days, converted by the caller). */
  from: Date;
  to: Date;
  departmentId?: string;
  windowId?: string;
  staffId?: string;
  matterId?: string;
}

export type GroupField = 'departmentId' | 'windowId' | 'staffId';

export interface StatsStore {
  evaluations(f: StatsFilter): Promise<EvaluationAggregate>;
  /** Level counts per department, window or staff member in the period (rankings, assessment). */
  levelsBy(field: GroupField, f: StatsFilter): Promise<Record<string, EvaluationAggregate['levels']>>;
  /** Level counts per Shanghai calendar day (YYYY-MM-DD) in the period: the trend's raw series. */
  levelsByDay(f: StatsFilter): Promise<Record<string, Levels>>;
  complaints(f: StatsFilter, now: Date): Promise<ComplaintAggregate>;
  /** 限时办结 of the cards issued in the period (by issuedAt) and scope; `openOverdue` as of `now`. */
  cards(f: StatsFilter, now: Date): Promise<CardFigures>;
  /** The newest evaluations with a comment in the period, without any evaluator identity. */
  recentComments(
    f: StatsFilter,
    limit: number,
  ): Promise<
    {
      createdAt: Date;
      departmentId: string;
      windowId: string | null;
      staffId: string | null;
      level: number;
      tags: string[];
      comment: string;
    }[]
  >;
  /** How often each reason tag was picked on a 差评 (levels 1–2) in the period: the report's 差评原因. */
  badReasons(f: StatsFilter): Promise<Record<string, number>>;
}
