import * as z from 'zod/mini';
import './zod';
import { daySchema, idSchema } from './common.schema';

const KINDS = ['writtenCheck', 'admonishment', 'warning', 'discipline', 'referral'] as const;

export const accountabilityRecordInput = z.strictObject({
  staffId: idSchema,
  /** 书面检查, 诫勉教育, 效能告诫, 党纪政纪处分, 移送司法机关. */
  kind: z.enum(KINDS),
  decidedOn: daySchema,
  /** The valid complaint (有效投诉) it follows from, if any. */
  complaintId: z.optional(idSchema),
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, { message: '请写明追究事由（至少 5 个字）' }),
      z.maxLength(500, { message: '追究事由不能超过 500 字' }),
    ),
});
export type AccountabilityRecordInput = z.infer<typeof accountabilityRecordInput>;

export const accountabilityListInput = z.strictObject({
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  staffId: z.optional(idSchema),
  departmentId: z.optional(idSchema),
});
export type AccountabilityListInput = z.infer<typeof accountabilityListInput>;

export interface AccountabilityView {
  id: string;
  staff: { id: string; name: string; number: string; departmentName: string };
  kind: (typeof KINDS)[number];
  kindLabel: string;
  decidedOn: string;
  /** The source complaint's tracking number. */
  trackingNo: string | null;
  reason: string;
}

export interface AccountabilityListOutput {
  year: number;
  records: AccountabilityView[];
  /** Per person with records: the year's bonus deduction and award eligibility. */
  people: { staffId: string; name: string; deductionPct: number; awardEligible: boolean; ineligibleReason: string }[];
}
