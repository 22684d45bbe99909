import * as z from 'zod/mini';
import './zod';
import { idSchema, daySchema, monthSchema } from './common.schema';

const day = daySchema;

export const statsOverviewInput = z
  .strictObject({
    /** Asia/Shanghai calendar days, both included. */
    from: day,
    to: day,
    departmentId: z.optional(idSchema),
    windowId: z.optional(idSchema),
    staffId: z.optional(idSchema),
    /** A matter (办事事项): evaluations and complaints filed from its cards. */
    matterId: z.optional(idSchema),
  })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type StatsOverviewInput = z.infer<typeof statsOverviewInput>;

/** Why a figure is withheld (null): too few evaluations to keep evaluators unidentifiable. */
export type Suppressed = Partial<
  Record<'satisfactionRate' | 'badRate' | 'levels' | 'dimensions' | 'onTimeRate' | 'reopenRate', string>
>;

export interface StatsOverviewOutput {
  from: string;
  to: string;
  scope: { departmentId?: string; windowId?: string; staffId?: string; matterId?: string };
  evaluations: number;
  /** 满意率: levels 5 and 4 over all rated, in [0, 1]. */
  satisfactionRate: number | null;
  /** 差评率: levels 2 and 1 over all rated. */
  badRate: number | null;
  levels: Record<'1' | '2' | '3' | '4' | '5', number> | null;
  /** Average rating per dimension (1–5). */
  dimensions: Record<string, number> | null;
  /**
   * The office only (null for anyone else): evaluations whose level was changed after submission,
   * and of those, how many were a 差评 first and are not now — pressure at the window shows here.
   */
  amendments: { levelChanged: number; raisedFromBad: number } | null;
  /**
   * 差评回访 of the period's 差评: 回访率 (followed up ÷ 差评), 差评整改率 (disposed of ÷ 差评), how
   * they were classified; `excluded` (office only) counts evaluations an upheld appeal left out.
   * Null where the levels are suppressed (样本不足).
   */
  followups: {
    bad: number;
    followedUp: number;
    followupRate: number | null;
    disposed: number;
    disposalRate: number | null;
    reached: number;
    classifications: { name: string; count: number }[];
    excluded: number | null;
  } | null;
  complaints: {
    count: number;
    /** Replied by the first deadline, over those replied or already late. */
    onTimeRate: number | null;
    overdueNow: number;
    /** Reopened after a 不满意, over those replied. */
    reopenRate: number | null;
    /** Time from filing to the first reply, of those replied: mean and 90th percentile, in hours. */
    avgReplyHours: number | null;
    p90ReplyHours: number | null;
    /** The complainants' rating of the replies (满意 / 基本满意 / 不满意). */
    ratings: { satisfied: number; basic: number; unsatisfied: number };
    /** Cases given an approved 延期 (their on-time status is judged by the approved deadline). */
    extended: number;
    /** Cases per category, most frequent first. */
    categories: { name: string; count: number }[];
  };
  /**
   * 限时办结 of the cards issued in the period and scope: 按时办结率 = completed by the due date ÷
   * completed; open cards past their due date now; cards that went through a 补正; 退回.
   */
  cards: CardFigures;
  suppressed: Suppressed;
}

export interface CardFigures {
  issued: number;
  completed: number;
  completedOnTime: number;
  onTimeRate: number | null;
  openOverdue: number;
  supplements: number;
  returned: number;
}

export const statsPublicInput = z.strictObject({ month: z.optional(monthSchema) });
export type StatsPublicInput = z.infer<typeof statsPublicInput>;

/** 向群众公布评议结果: department-level figures only, withheld below 5 evaluations. */
export interface StatsPublicOutput {
  month: string;
  departments: {
    id: string;
    name: string;
    evaluations: number;
    satisfactionRate: number | null;
    complaints: number;
    onTimeRate: number | null;
  }[];
}

export const publicResultsInput = z.strictObject({ enabled: z.boolean() });
export type PublicResultsInput = z.infer<typeof publicResultsInput>;
export interface PublicResultsOutput {
  enabled: boolean;
}

export const statsTrendInput = z
  .strictObject({
    from: day,
    to: day,
    by: z.enum(['week', 'month']),
    departmentId: z.optional(idSchema),
    windowId: z.optional(idSchema),
    staffId: z.optional(idSchema),
    /** A matter (办事事项): evaluations and complaints filed from its cards. */
    matterId: z.optional(idSchema),
  })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type StatsTrendInput = z.infer<typeof statsTrendInput>;

export interface StatsTrendOutput {
  from: string;
  to: string;
  by: 'week' | 'month';
  scope: { departmentId?: string; windowId?: string; staffId?: string; matterId?: string };
  /** Oldest first; a rate is null with no evaluations, or below 5 for anyone but admins. */
  buckets: { from: string; to: string; evaluations: number; satisfactionRate: number | null; badRate: number | null }[];
}

export const statsRankingsInput = z
  .strictObject({
    from: day,
    to: day,
    by: z.enum(['department', 'window', 'staff']),
    departmentId: z.optional(idSchema),
  })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type StatsRankingsInput = z.infer<typeof statsRankingsInput>;

export interface StatsRankingsOutput {
  from: string;
  to: string;
  by: 'department' | 'window' | 'staff';
  /** Ranked by 满意率 (then fewer 差评); fewer than 5 evaluations: unranked, listed last. */
  rows: {
    id: string;
    name: string;
    evaluations: number;
    satisfactionRate: number | null;
    badRate: number | null;
    rank: number | null;
  }[];
}

export const statsReportInput = z
  .strictObject({ from: day, to: day })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type StatsReportInput = z.infer<typeof statsReportInput>;

/** 评议报告: the period's figures and what needs doing, for the office (printable and as a file). */
export interface StatsReportOutput {
  from: string;
  to: string;
  generatedAt: string;
  summary: Omit<StatsOverviewOutput, 'from' | 'to' | 'scope'>;
  departments: StatsRankingsOutput['rows'];
  /** Complaint categories and 差评 reasons, most frequent first. */
  categories: { name: string; count: number }[];
  badReasons: { name: string; count: number }[];
  /** Cases open past their deadline now, longest overdue first. */
  overdue: {
    trackingNo: string;
    department: string;
    handler: string;
    category: string;
    dueAt: string;
    daysLate: number;
    /** The highest rung of the 督办 ladder it reached (催办 / 督办 / 通报), '' before the first. */
    ladder: string;
  }[];
  /** Cards open past their due date now (限时办结 missed), longest overdue first. */
  overdueCards: {
    cardId: string;
    matter: string;
    department: string;
    staff: string;
    dueDate: string;
    daysLate: number;
  }[];
  /** Rectification items not yet verified. */
  rectifications: {
    id: string;
    problem: string;
    department: string;
    dueOn: string;
    status: string;
    overdue: boolean;
  }[];
}

export const statsCommentsInput = z
  .strictObject({ from: day, to: day, departmentId: z.optional(idSchema) })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type StatsCommentsInput = z.infer<typeof statsCommentsInput>;

/** Comments without identity, and dated by day only: an hour and a window could point at a person. */
export interface StatsCommentsOutput {
  comments: {
    date: string;
    department: string;
    window: string;
    staff: string;
    level: number;
    levelLabel: string;
    tags: string[];
    comment: string;
  }[];
}
