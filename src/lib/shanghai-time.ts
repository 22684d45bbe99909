/**
 * Dates as a resident in China reads them, whatever the phone's zone: Asia/Shanghai is UTC+8
 * all year (no daylight saving), so a fixed offset is exact and avoids Intl, which some
 * mini program engines lack.
 */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

function shifted(at: Date | string): Date {
  return new Date(new Date(at).getTime() + OFFSET_MS);
}

/** YYYY-MM-DD in Asia/Shanghai. */
export function shanghaiDate(at: Date | string): string {
  return shifted(at).toISOString().slice(0, 10);
}

/** YYYY-MM-DD HH:mm in Asia/Shanghai. */
export function shanghaiDateTime(at: Date | string): string {
  const iso = shifted(at).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Whole calendar days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** YYYY-MM-DD → 2026年12月1日, easier to read aloud than dashes. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
