import { z } from 'zod';
import { idSchema } from './common.schema';

const year = z.number().int().min(2000).max(2100);
const score = z.number().min(0).max(100).multipleOf(0.01, { message: '分数最多两位小数' }).nullable();

export const assessmentScoreInput = z
  .object({ year, staffId: idSchema, peer: score.optional(), head: score.optional(), self: score.optional() })
  .strict();
export type AssessmentScoreInput = z.infer<typeof assessmentScoreInput>;

export const assessmentComputeInput = z.object({ year, departmentId: idSchema.optional() }).strict();
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
export const assessmentImportInput = z
  .object({ year, fileId: z.string().min(8).max(300, { message: '文件编号过长' }) })
  .strict();
export type AssessmentImportInput = z.infer<typeof assessmentImportInput>;

export interface AssessmentImportOutput {
  year: number;
  /** People whose scores were written. */
  imported: number;
}
