import { z } from 'zod';

/** Ids are short random base62 strings: valid as a 小程序码 `scene` (≤ 32 chars, letters and digits). */
export const idSchema = z
  .string()
  .regex(/^[0-9A-Za-z]{6,32}$/, { message: '编号格式不正确' });

/** Mainland mobile or landline (区号-号码), digits and dashes only. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,8}|400-?\d{3}-?\d{4})$/, { message: '电话号码格式不正确' });

export const emptyInput = z.object({}).strict();
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
export const pageCursor = z.string().regex(/^\d{1,15}_[0-9A-Za-z_-]{1,64}$/, { message: '分页参数无效，请从第一页重新查看' });
