/**
 * The 督办 ladder: what an overdue complaint or follow-up climbs, rung by rung, each once. The
 * office configures it (setting `complaint.ladder`); by default: the day after the deadline a
 * 催办 to the handler; on the third day overdue a 督办 to the handler's supervisors (the head, or
 * the office for its own queue), with a 督办单 they must answer; on the fifth a 通报 to the office,
 * listed in the 评议报告 and proposed as a 责任追究 record. Days count as the deadline does
 * (natural or working days).
 */
import { addDays, type DayKind } from './calendar';

export type Rung = 'urge' | 'supervise' | 'report';

export interface LadderStep {
  /** Days past the due date (1 = the day after it). */
  day: number;
  rung: Rung;
}

export const LADDER_KEY = 'complaint.ladder';

export const DEFAULT_LADDER: readonly LadderStep[] = [
  { day: 1, rung: 'urge' },
  { day: 3, rung: 'supervise' },
  { day: 5, rung: 'report' },
];

export const RUNG_LABELS: Record<Rung, string> = { urge: '催办', supervise: '督办', report: '通报' };

/** What is wrong with a ladder the office sends, or null: 1–6 steps, days rising from 1 to 60. */
export function ladderProblem(steps: readonly LadderStep[]): string | null {
  if (steps.length < 1 || steps.length > 6) return '督办阶梯须有 1 至 6 级';
  for (const [i, s] of steps.entries()) {
    if (!Number.isInteger(s.day) || s.day < 1 || s.day > 60) return '逾期天数须为 1 至 60 的整数';
    if (i > 0 && s.day <= steps[i - 1].day) return '各级的逾期天数须逐级增加';
  }
  return null;
}

/** How many days past `dueDate` (a Shanghai date) `today` is, counted as the deadline counts days. */
export function daysOverdue(dueDate: string, today: string, kind: DayKind): number {
  if (today <= dueDate) return 0;
  let n = 0;
  // Working days: the Nth workday after the due date; at most 60 steps are ever asked for.
  while (n < 61 && addDays(dueDate, n + 1, kind).date <= today) n++;
  return n;
}

/** The rungs due now that were not climbed yet (`climbed` = how many of the ladder's steps were). */
export function rungsDue(ladder: readonly LadderStep[], climbed: number, overdueDays: number): LadderStep[] {
  return ladder.slice(climbed).filter((s) => s.day <= overdueDays);
}
