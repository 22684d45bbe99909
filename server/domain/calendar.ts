/**
 * Deadline calendar: natural days, or working days with Chinese statutory holidays and 调休
 * make-up workdays (chinese-days). Always computed on Asia/Shanghai dates.
 */
// chinese-days is CommonJS: its default export works under Node ESM, bundlers and jest alike.
import chineseDays from 'chinese-days';
import { addDaysToDate, daysBetween } from '../contract/dates';

export type DayKind = 'working' | 'natural';

const coveredYears = new Map<number, boolean>();

/**
 * chinese-days silently treats a year it has no data for as plain Mon–Fri. A covered year
 * always has statutory holidays on weekdays; an uncovered one has none.
 */
export function calendarCoversYear(year: number): boolean {
  let covered = coveredYears.get(year);
  if (covered === undefined) {
    covered = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    coveredYears.set(year, covered);
  }
  return covered;
}

export interface DueDate {
  date: string;
  /** Set when the working-day calendar had no holiday data and fell back to Mon–Fri. */
  warning?: string;
}

/**
 * The date `days` days after `start` (YYYY-MM-DD, Shanghai). With working days, day 0 is the
 * start day if it is a workday, else the next workday (a matter "done on the spot" on a
 * Sunday is due on Monday).
 */
export function addDays(start: string, days: number, kind: DayKind): DueDate {
  if (kind === 'natural') return { date: addDaysToDate(start, days) };
  const date = chineseDays.findWorkday(days, start);
  const years = [Number(start.slice(0, 4)), Number(date.slice(0, 4))];
  const uncovered = years.find((y) => !calendarCoversYear(y));
  return uncovered === undefined
    ? { date }
    : { date, warning: `节假日数据未覆盖 ${uncovered} 年，已按周一至周五计算工作日` };
}

/**
 * How many days of a promise are left from `from` to the deadline `due` (both Shanghai dates):
 * the days after `from` up to and including `due` — with working days, only workdays count —
 * so that `addDays(from, daysLeft(from, due, kind), kind)` is `due` again when `from` is a
 * workday. Zero when `due` is `from` or earlier.
 */
export function daysLeft(from: string, due: string, kind: DayKind): number {
  if (due <= from) return 0;
  if (kind === 'natural') return daysBetween(from, due);
  // `true` keeps the weekend days that are 调休 workdays (it drops ordinary weekends and holidays).
  return chineseDays.getWorkdaysInRange(addDaysToDate(from, 1), due, true).length;
}
