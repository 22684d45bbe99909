import { z } from 'zod';
import { idSchema } from './common.schema';

/** GB/T 39734 five levels, 5 = 非常满意 … 1 = 非常不满意. */
export const LEVELS = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const;
export const COMMENT_MAX = 500;
export const TAG_MAX = 20;

const levelSchema = z.number().int().min(1).max(5);
const dimensionsSchema = z.record(z.string().regex(/^[a-z_]{1,32}$/), levelSchema);
const tagsSchema = z.array(z.string().trim().min(1).max(TAG_MAX)).max(10);
const commentSchema = z.string().trim().max(COMMENT_MAX);

const details = {
  dimensions: dimensionsSchema.optional(),
  tags: tagsSchema.optional(),
  comment: commentSchema.optional(),
};

export const evaluationSubmitInput = z
  .object({
    cardId: idSchema.optional(),
    windowId: idSchema.optional(),
    level: levelSchema,
    ...details,
  })
  .strict()
  .refine((v) => (v.cardId ? 1 : 0) + (v.windowId ? 1 : 0) === 1, {
    message: '请指定一张监督卡或一个窗口',
    path: ['cardId'],
  });
export type EvaluationSubmitInput = z.infer<typeof evaluationSubmitInput>;
export interface EvaluationSubmitOutput {
  evaluationId: string;
  amendableUntil: string;
}

export const evaluationAmendInput = z
  .object({ evaluationId: idSchema, level: levelSchema.optional(), ...details })
  .strict();
export type EvaluationAmendInput = z.infer<typeof evaluationAmendInput>;
export interface EvaluationAmendOutput {
  evaluationId: string;
  level: number;
  amendableUntil: string;
}

export const evaluationMineInput = z
  .object({ limit: z.number().int().min(1).max(50).optional() })
  .strict();
export interface MyEvaluation {
  evaluationId: string;
  target: 'card' | 'window';
  /** What the resident evaluated: the card's matter, or the window's name. */
  title: string;
  departmentName: string;
  level: number;
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
  createdAt: string;
  amendableUntil: string;
  cardId: string | null;
  windowId: string | null;
}
export interface EvaluationMineOutput {
  evaluations: MyEvaluation[];
}

export const evaluationFormInput = z.object({}).strict();
/** The organisation's evaluation form: dimensions and tags are configurable per organisation. */
export interface EvaluationForm {
  levels: { level: number; label: string }[];
  dimensions: { key: string; label: string }[];
  /** Praise tags offered for levels 3–5, reason tags for the two 差评 levels. */
  praiseTags: string[];
  reasonTags: string[];
  commentMax: number;
  amendHours: number;
}
