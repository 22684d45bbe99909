/**
 * What the sweep owes an open case with a deadline — a complaint waiting for its reply, a 差评
 * waiting for its follow-up: a reminder before the deadline, a notice on the due day, and past
 * it an escalation at most once a Shanghai day. Notices go out in the morning (noticeHour), never
 * in the night. Pure functions over the case's deadline fields.
 */
import { addDaysToDate, shanghaiDate, shanghaiTimeOn } from '../contract/dates';

export type DeadlineStage = 'none' | 'reminded' | 'dueDay' | 'overdue';

export interface DeadlineState {
  dueAt: Date;
  sweepStage: DeadlineStage;
  /** Shanghai date of the last overdue escalation. */
  lastEscalatedOn: string | null;
}

export interface DeadlineTimes {
  /** The first reminder this many hours before the deadline. */
  remindHoursBefore: number;
  /** Morning hour (Shanghai) for the due-day and overdue notices. */
  noticeHour: number;
}

export type DeadlineStep = { kind: 'remind' } | { kind: 'dueDay' } | { kind: 'overdue'; date: string };

const HOUR = 3600 * 1000;

/** When the sweep next owes the open case something. */
export function nextDeadlineSweep(d: DeadlineState, s: DeadlineTimes): Date {
  const dueDate = shanghaiDate(d.dueAt);
  switch (d.sweepStage) {
    case 'none':
      return shanghaiTimeOn(shanghaiDate(new Date(d.dueAt.getTime() - s.remindHoursBefore * HOUR)), s.noticeHour);
    case 'reminded':
      return shanghaiTimeOn(dueDate, s.noticeHour);
    case 'dueDay':
      return shanghaiTimeOn(addDaysToDate(dueDate, 1), s.noticeHour);
    case 'overdue':
      return shanghaiTimeOn(addDaysToDate(d.lastEscalatedOn ?? dueDate, 1), s.noticeHour);
  }
}

/**
 * At most one step, for what is due at `now`: a sweep that was away does not replay missed
 * reminders (overdue beats due day beats reminder), and escalates at most once a day.
 */
export function deadlineStep(d: DeadlineState, now: Date, s: DeadlineTimes): DeadlineStep | null {
  if (nextDeadlineSweep(d, s) > now) return null;
  const today = shanghaiDate(now);
  if (now > d.dueAt) return d.lastEscalatedOn === today ? null : { kind: 'overdue', date: today };
  if (today === shanghaiDate(d.dueAt) && now >= shanghaiTimeOn(today, s.noticeHour)) {
    return d.sweepStage === 'dueDay' ? null : { kind: 'dueDay' };
  }
  return d.sweepStage === 'none' ? { kind: 'remind' } : null;
}

/** The deadline fields a step changes. */
export function afterDeadlineStep(step: DeadlineStep): Pick<DeadlineState, 'sweepStage'> & {
  lastEscalatedOn?: string;
} {
  switch (step.kind) {
    case 'remind':
      return { sweepStage: 'reminded' };
    case 'dueDay':
      return { sweepStage: 'dueDay' };
    case 'overdue':
      return { sweepStage: 'overdue', lastEscalatedOn: step.date };
  }
}
