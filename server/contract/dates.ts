/**
 * Dates as people in the service hall read them, on the server and in the mini program alike:
 * Asia/Shanghai, whatever the machine's or the phone's own zone. Shanghai has been UTC+8 all year
 * since 1991 (no daylight saving), so a fixed offset (dayjs's utc plugin) is exact — and needs no
 * `Intl` time-zone data, which some mini program engines lack. Calendar days are `YYYY-MM-DD`.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

const OFFSET_MINUTES = 8 * 60;
/** UTC+8 in milliseconds, for database pipelines that shift dates themselves. */
export const SHANGHAI_OFFSET_MS = OFFSET_MINUTES * 60_000;

const inShanghai = (at: Date | string | number) => dayjs(at).utcOffset(OFFSET_MINUTES);
/** 00:00 of a calendar day as if it were UTC: the base of day arithmetic. */
const day = (date: string) => dayjs.utc(date);

/** The Shanghai calendar day of an instant. */
export function shanghaiDate(at: Date | string | number): string {
  return inShanghai(at).format('YYYY-MM-DD');
}

/** YYYY-MM-DD HH:mm in Shanghai: how a time reads in a message or a sheet. */
export function shanghaiDateTime(at: Date | string | number): string {
  return inShanghai(at).format('YYYY-MM-DD HH:mm');
}

/** 00:00 of a Shanghai calendar day, as an instant. */
export function startOfShanghaiDay(date: string): Date {
  return day(date).subtract(OFFSET_MINUTES, 'minute').toDate();
}

/** The last millisecond of a Shanghai calendar day (a deadline "by the end of that day"). */
export function endOfShanghaiDay(date: string): Date {
  return day(date).add(1, 'day').subtract(OFFSET_MINUTES, 'minute').subtract(1, 'millisecond').toDate();
}

/** A wall-clock time on a Shanghai calendar day, e.g. 09:00 for the morning notices. */
export function shanghaiTimeOn(date: string, hour: number, minute = 0): Date {
  return day(date)
    .add(hour * 60 + minute - OFFSET_MINUTES, 'minute')
    .toDate();
}

/** The instants bounding Shanghai days `from` to `to`, both included: [00:00 of from, 00:00 after to). */
export function shanghaiPeriod(from: string, to: string): { from: Date; to: Date } {
  return { from: startOfShanghaiDay(from), to: startOfShanghaiDay(addDaysToDate(to, 1)) };
}

/** Adds whole days to a calendar day. */
export function addDaysToDate(date: string, days: number): string {
  return day(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return day(to).diff(day(from), 'day');
}

/** 2026-12-01 → 2026年12月1日, easier to read aloud than dashes. */
export function chineseDate(date: string): string {
  return day(date).format('YYYY年M月D日');
}
