/** Period presets for statistics, as Asia/Shanghai calendar days (both ends included). */
import { shanghaiDate } from '../../server/contract/dates';

export type PeriodKey = 'today' | 'thisWeek' | 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear';

export const PERIOD_LABELS: Record<PeriodKey, string> = {
  today: '今天',
  thisWeek: '本周',
  thisMonth: '本月',
  lastMonth: '上月',
  thisQuarter: '本季度',
  thisYear: '本年',
};

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function period(key: PeriodKey, now: Date): { from: string; to: string } {
  const [y, m] = shanghaiDate(now).split('-').map(Number);
  const today = shanghaiDate(now);
  switch (key) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek': {
      // Monday to Sunday, as the trend's weeks.
      const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'thisMonth':
      return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
    case 'lastMonth': {
      const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: `${ly}-${pad(lm)}-01`, to: `${ly}-${pad(lm)}-${pad(lastDay(ly, lm))}` };
    }
    case 'thisQuarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}` };
    }
    case 'thisYear':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/** 0.8567 → 85.7%; null (withheld or nothing counted) → the reason or a dash. */
export function percent(x: number | null): string {
  return x === null ? '—' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}
