/**
 * Rectification (整改) timing: a notice at 09:00 on the due day, and at 09:00 the day after it
 * the item is overdue and escalated to its owner, the department head and the office, once.
 * Only open items are swept; an item handed in (报结) waits for the office, not the clock.
 */
import type { Rectification } from './rectification.entities';
import { addDaysToDate, shanghaiDate, shanghaiTimeOn } from '../contract/dates';

export const RECT_STATUS_LABELS: Record<Rectification['status'], string> = {
  open: '整改中',
  submitted: '待验收',
  verified: '已验收',
};
export const RECT_SOURCE_LABELS: Record<Rectification['sourceKind'], string> = {
  complaint: '投诉',
  evaluations: '差评集中问题',
  report: '评议报告',
  other: '其他',
  followup: '差评回访',
};

type Timing = Pick<Rectification, 'status' | 'dueOn' | 'sweepStage'>;

const dueDayAt = (r: Timing) => shanghaiTimeOn(r.dueOn, 9);
const overdueAt = (r: Timing) => shanghaiTimeOn(addDaysToDate(r.dueOn, 1), 9);

export function rectNextSweepAt(r: Timing): Date | null {
  if (r.status !== 'open') return null;
  if (r.sweepStage === 'none') return dueDayAt(r);
  if (r.sweepStage === 'dueDay') return overdueAt(r);
  return null;
}

/** What the sweep does now; a late run goes straight to overdue instead of a stale due-day notice. */
export function rectSweepStep(r: Timing, now: Date): 'dueDay' | 'overdue' | null {
  if (r.status !== 'open' || r.sweepStage === 'overdue') return null;
  if (now >= overdueAt(r)) return 'overdue';
  if (r.sweepStage === 'none' && now >= dueDayAt(r)) return 'dueDay';
  return null;
}

/** Past its due date and not yet handed in. */
export const isRectOverdue = (r: Pick<Rectification, 'status' | 'dueOn'>, now: Date) =>
  r.status === 'open' && shanghaiDate(now) > r.dueOn;
