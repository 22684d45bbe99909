import * as z from 'zod/mini';
import './zod';
import { idSchema } from './common.schema';

const year = z.int().check(z.minimum(2000), z.maximum(2100));
const score = z.nullable(
  z.number().check(z.minimum(0), z.maximum(100), z.multipleOf(0.01, { message: '分数最多两位小数' })),
);

export const assessmentScoreInput = z.strictObject({
  year,
  staffId: idSchema,
  peer: z.optional(score),
  head: z.optional(score),
  self: z.optional(score),
});
export type AssessmentScoreInput = z.infer<typeof assessmentScoreInput>;
/** The staff member's scores for the year after the change (null: none recorded). */
export interface AssessmentScoreOutput {
  year: number;
  staffId: string;
  peer: number | null;
  head: number | null;
  self: number | null;
}

export const assessmentComputeInput = z.strictObject({ year, departmentId: z.optional(idSchema) });
export type AssessmentComputeInput = z.infer<typeof assessmentComputeInput>;

export interface AssessmentRow {
  staffId: string;
  name: string;
  number: string;
  departmentName: string;
  peer: number | null;
  head: number | null;
  /** Recorded, not counted. */
  self: number | null;
  /** The service recipients' score (level points), null without evaluations. */
  residents: number | null;
  evaluations: number;
  total: number | null;
  grade: 'A' | 'B' | 'C' | 'D' | 'E' | null;
  rank: number | null;
  /** 责任追究 this year: percent of the grade's bonus withheld, and whether the person may be awarded. */
  deductionPct: number;
  awardEligible: boolean;
  ineligibleReason: string;
}

export interface AssessmentComputeOutput {
  year: number;
  departmentId: string | null;
  rules: string;
  staff: AssessmentRow[];
}

/** A spreadsheet of scores (the exported sheet filled in will do): columns 工号, 互评, 负责人评分, 自评. */
export const assessmentImportInput = z.strictObject({
  year,
  fileId: z.string().check(z.minLength(8), z.maxLength(300, { message: '文件编号过长' })),
});
export type AssessmentImportInput = z.infer<typeof assessmentImportInput>;

export interface AssessmentImportOutput {
  year: number;
  /** People whose scores were written. */
  imported: number;
}
