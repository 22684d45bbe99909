import * as z from 'zod/mini';
import './zod';

/** Ids are short random base62 strings: valid as a 小程序码 `scene` (≤ 32 chars, letters and digits). */
export const idSchema = z.string().check(z.regex(/^[0-9A-Za-z]{6,32}$/, { message: '编号格式不正确' }));

/** Mainland mobile or landline (区号-号码), digits and dashes only. */
export const phoneSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,8}|400-?\d{3}-?\d{4})$/, { message: '电话号码格式不正确' }),
  );

/** Mainland mobile numbers only: the number is for a call back, not a switchboard. */
export const mobileSchema = z.string().check(z.trim(), z.regex(/^1[3-9]\d{9}$/, { message: '请填写 11 位手机号码' }));

/** Whether `yyyy-mm-dd` names a day that exists (not 2026-02-30, not month 00). */
function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

/**
 * A calendar day, as every date in the API is written: a real day between 2000 and 2099 (years
 * outside that are typing mistakes here, and would break date arithmetic and storage ranges).
 */
export const daySchema = z
  .string()
  .check(
    z.regex(/^20\d{2}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD（2000–2099 年）' }),
    z.refine(isCalendarDay, { message: '没有这一天，请核对日期' }),
  );

/** A calendar month `yyyy-mm`, 2000–2099. */
export const monthSchema = z
  .string()
  .check(z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM（2000–2099 年）' }));

export const emptyInput = z.strictObject({});
export type EmptyInput = z.infer<typeof emptyInput>;

/** The response envelope every host returns. */
export interface OkEnvelope<T> {
  ok: true;
  data: T;
}
export interface ErrorEnvelope {
  ok: false;
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
export type Envelope<T> = OkEnvelope<T> | ErrorEnvelope;

/** A page cursor as the API carries it: opaque to clients (`<ms>_<id>`, see app/page-cursor.ts). */
export const pageCursor = z
  .string()
  .check(z.regex(/^\d{1,15}_[0-9A-Za-z_-]{1,64}$/, { message: '分页参数无效，请从第一页重新查看' }));
