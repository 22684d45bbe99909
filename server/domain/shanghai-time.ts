/**
 * Dates as people in the service hall see them: Asia/Shanghai (UTC+8, no DST since 1991),
 * whatever the server's own time zone is.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a Shanghai calendar date (a deadline "by the end of that day"). */
export function endOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS + DAY_MS - 1);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A wall-clock time on a Shanghai calendar date, e.g. 09:00 for the morning sweep notices. */
export function shanghaiTimeOn(date: string, hour: number, minute = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS + (hour * 60 + minute) * 60 * 1000);
}

/** 00:00 of a Shanghai calendar date, as an instant. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS);
}

/** The instants bounding Shanghai days `from` to `to`, both included: [00:00 of from, 00:00 after to). */
export function shanghaiPeriod(from: string, to: string): { from: Date; to: Date } {
  return { from: startOfShanghaiDay(from), to: startOfShanghaiDay(addDaysToDate(to, 1)) };
}
