import * as z from 'zod/mini';
import './zod';
import { idSchema, daySchema } from './common.schema';

const day = daySchema;

export const exportPeriodInput = z
  .strictObject({ from: day, to: day, departmentId: z.optional(idSchema) })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type ExportPeriodInput = z.infer<typeof exportPeriodInput>;

export const exportRankingsInput = z
  .strictObject({
    from: day,
    to: day,
    by: z.enum(['department', 'window', 'staff']),
    departmentId: z.optional(idSchema),
  })
  .check(z.refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type ExportRankingsInput = z.infer<typeof exportRankingsInput>;

/** The request id of the export call being watched (the client sent it with that call). */
export const exportStatusInput = z.strictObject({
  requestId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号格式不正确' })),
});
export type ExportStatusInput = z.infer<typeof exportStatusInput>;

/**
 * An export: `building` with progress while it is made, then `done` with a download link
 * (valid for an hour; ask export.status again for a fresh one), or `failed`.
 */
export interface ExportOutput {
  exportId: string;
  status: 'building' | 'done' | 'failed';
  rowsDone: number;
  rowsTotal: number;
  fileName: string;
  size: number;
  /** Present when done: the file's download URL (relative to the API host, or a cloud URL). */
  url?: string;
}
