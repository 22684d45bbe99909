import { z } from 'zod';
import { idSchema, phoneSchema } from './common.schema';

/** 审批中心 matter types: 即办件 done on the spot, 承诺件 promised within N days, … */
export const MATTER_TYPES = ['即办件', '承诺件', '联办件', '上报件', '补办件', '退回件'] as const;
export const matterTypeSchema = z.enum(MATTER_TYPES);
export type MatterType = z.infer<typeof matterTypeSchema>;

export const MATTER_MAX = 100;
export const NOTES_MAX = 2000;
export const PROMISED_DAYS_MAX = 365;

export const cardIssueInput = z
  .object({
    matter: z.string().trim().min(1, { message: '请填写办事内容' }).max(MATTER_MAX),
    matterType: matterTypeSchema,
    promisedDays: z.number().int().min(0).max(PROMISED_DAYS_MAX),
    notes: z.string().trim().max(NOTES_MAX).optional(),
    supervisionPhone: phoneSchema.optional(),
    matterId: idSchema.optional(),
    windowId: idSchema.optional(),
  })
  .strict();
export type CardIssueInput = z.infer<typeof cardIssueInput>;
export interface CardIssueOutput {
  cardId: string;
  url: string;
  dueAt: string;
  dueDate: string;
}

export const cardGetInput = z.object({ cardId: idSchema }).strict();
export type CardGetInput = z.infer<typeof cardGetInput>;

export interface StaffBrief {
  id: string;
  name: string;
  number: string;
}

export interface CardView {
  cardId: string;
  matter: string;
  matterType: MatterType;
  promisedDays: number;
  /** How promisedDays are counted: 工作日 or 自然日. */
  dayKind: 'working' | 'natural';
  notes: string;
  supervisionPhone: string;
  issuedAt: string;
  dueAt: string;
  /** The due date in Asia/Shanghai, YYYY-MM-DD. */
  dueDate: string;
  staff: StaffBrief;
  department: { id: string; name: string };
  window: { id: string; name: string } | null;
  url: string;
  /** The caller's own evaluation of this card, if any (never anyone else's). */
  myEvaluation: MyEvaluationBrief | null;
}

export interface MyEvaluationBrief {
  evaluationId: string;
  level: number;
  amendableUntil: string;
}

export const cardMineInput = z
  .object({ limit: z.number().int().min(1).max(50).optional(), before: z.string().datetime().optional() })
  .strict();
export interface CardMineOutput {
  cards: Omit<CardView, 'myEvaluation'>[];
}
