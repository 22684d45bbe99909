import * as z from 'zod/mini';
import './zod';
import { idSchema, daySchema } from './common.schema';

const day = daySchema;
const text = (min: number, max: number, what: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(min, { message: `${what}至少写 ${min} 个字` }),
      z.maxLength(max, { message: `${what}不能超过 ${max} 字` }),
    );

export const rectificationCreateInput = z
  .strictObject({
    /** Where the problem was found: a complaint, a 差评 pattern, a report line, or otherwise. */
    source: z.enum(['complaint', 'evaluations', 'report', 'other']),
    complaintId: z.optional(idSchema),
    sourceNote: z.optional(z.string().check(z.trim(), z.maxLength(200, { message: '来源说明不能超过 200 字' }))),
    problem: text(5, 500, '存在问题'),
    ownerDepartmentId: idSchema,
    ownerStaffId: z.optional(idSchema),
    plan: z.optional(z.string().check(z.trim(), z.maxLength(1000, { message: '整改措施不能超过 1000 字' }))),
    /** Asia/Shanghai date, included. */
    dueOn: day,
  })
  .check(
    z.refine((v) => v.source !== 'complaint' || v.complaintId, { message: '请指明来源投诉', path: ['complaintId'] }),
  );
export type RectificationCreateInput = z.infer<typeof rectificationCreateInput>;

export const rectificationListInput = z.strictObject({
  status: z.optional(z.enum(['open', 'submitted', 'verified', 'overdue'])),
  departmentId: z.optional(idSchema),
});
export type RectificationListInput = z.infer<typeof rectificationListInput>;

export const rectificationGetInput = z.strictObject({ rectificationId: idSchema });
export type RectificationGetInput = z.infer<typeof rectificationGetInput>;

/** The owner's progress report; `done` hands the item in (报结) for the office to verify. */
export const rectificationReportInput = z.strictObject({
  rectificationId: idSchema,
  text: text(5, 1000, '进展情况'),
  done: z.optional(z.boolean()),
});
export type RectificationReportInput = z.infer<typeof rectificationReportInput>;

/** The office's verification (验收): accepted, or returned with the reason. */
export const rectificationVerifyInput = z
  .strictObject({
    rectificationId: idSchema,
    accept: z.boolean(),
    comment: z.optional(z.string().check(z.trim(), z.maxLength(500, { message: '验收意见不能超过 500 字' }))),
  })
  .check(
    z.refine((v) => v.accept || (v.comment ?? '').length >= 5, {
      message: '退回请写明原因（至少 5 个字）',
      path: ['comment'],
    }),
  );
export type RectificationVerifyInput = z.infer<typeof rectificationVerifyInput>;

export interface RectificationBrief {
  id: string;
  problem: string;
  source: 'complaint' | 'evaluations' | 'report' | 'other' | 'followup';
  sourceLabel: string;
  /** The source complaint's tracking number, when it came from one. */
  trackingNo: string | null;
  ownerDepartment: { id: string; name: string };
  ownerStaff: { id: string; name: string } | null;
  dueOn: string;
  status: 'open' | 'submitted' | 'verified';
  statusLabel: string;
  overdue: boolean;
  updatedAt: string;
}

export interface RectificationDetail extends RectificationBrief {
  complaintId: string | null;
  sourceNote: string;
  plan: string;
  createdAt: string;
  verifiedAt: string | null;
  entries: { at: string; by: string; kind: string; label: string; text: string }[];
  /** What the caller may do now. */
  can: { report: boolean; verify: boolean };
}

export interface RectificationListOutput {
  items: RectificationBrief[];
}
