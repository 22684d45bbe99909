/**
 * The trend: a period's daily level counts folded into weeks (Monday to Sunday, as the hall's
 * rota runs) or calendar months, each clipped to the period. Buckets with no evaluations are
 * kept so a chart shows the gap instead of hiding it.
 */
import { addDaysToDate, daysBetween } from '../contract/dates';
import { MIN_SAMPLE } from './stats.rules';
import type { Levels } from './stats.figures';

export type TrendUnit = 'week' | 'month';

export interface TrendBucket {
  /** First and last day of the bucket inside the period (YYYY-MM-DD, both included). */
  from: string;
  to: string;
  evaluations: number;
  satisfactionRate: number | null;
  badRate: number | null;
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;
/** 0 for Monday … 6 for Sunday. */
const weekday = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The last day of the bucket that holds `date`. */
function bucketEnd(date: string, unit: TrendUnit): string {
  if (unit === 'week') return addDaysToDate(date, 6 - weekday(date));
  const [y, m] = date.split('-').map(Number);
  const firstOfNext = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDaysToDate(firstOfNext, -1);
}

export function trend(
  byDay: Record<string, Levels>,
  from: string,
  to: string,
  unit: TrendUnit,
  viewer: 'office' | 'restricted',
): TrendBucket[] {
  const buckets: TrendBucket[] = [];
  for (let start = from; start <= to;) {
    const end = bucketEnd(start, unit) < to ? bucketEnd(start, unit) : to;
    const sum: Levels = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (let d = start, i = 0; i <= daysBetween(start, end); i++, d = addDaysToDate(start, i)) {
      const day = byDay[d];
      if (day) for (const l of [1, 2, 3, 4, 5] as const) sum[l] += day[l];
    }
    const n = sum[1] + sum[2] + sum[3] + sum[4] + sum[5];
    // The same rule as every figure: no rate from fewer than five people unless the office asks.
    const shown = n > 0 && (viewer === 'office' || n >= MIN_SAMPLE);
    buckets.push({
      from: start,
      to: end,
      evaluations: n,
      satisfactionRate: shown ? round4((sum[5] + sum[4]) / n) : null,
      badRate: shown ? round4((sum[2] + sum[1]) / n) : null,
    });
    start = addDaysToDate(end, 1);
  }
  return buckets;
}
