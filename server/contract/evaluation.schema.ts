import * as z from 'zod/mini';
import './zod';
import { idSchema, mobileSchema } from './common.schema';
import type { MyFollowup } from './followup.schema';
import { COMMENT_MAX, TAG_MAX } from './evaluation';

export { COMMENT_MAX, isBadLevel, LEVELS, TAG_MAX } from './evaluation';

const levelSchema = z.int().check(z.minimum(1), z.maximum(5));
const dimensionsSchema = z.record(z.string().check(z.regex(/^[a-z_]{1,32}$/)), levelSchema);
const tagsSchema = z
  .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(TAG_MAX, { message: `最多写 ${TAG_MAX} 个字` })))
  .check(z.maxLength(10));
const commentSchema = z.string().check(z.trim(), z.maxLength(COMMENT_MAX, { message: `最多写 ${COMMENT_MAX} 个字` }));

const details = {
  dimensions: z.optional(dimensionsSchema),
  tags: z.optional(tagsSchema),
  comment: z.optional(commentSchema),
  /** On a 差评: a number for the 回访 (call-back), left only with explicit consent. */
  callbackPhone: z.optional(mobileSchema),
  callbackConsent: z.optional(z.boolean()),
};

/** A call-back number is personal data: kept only when the resident ticked 愿意接受回访. */
const consentGiven = (v: { callbackPhone?: string; callbackConsent?: boolean }) =>
  !v.callbackPhone || v.callbackConsent === true;
const consentIssue = { message: '留下回访电话，请勾选“愿意接受回访”', path: ['callbackConsent'] };

export const evaluationSubmitInput = z
  .strictObject({
    cardId: z.optional(idSchema),
    windowId: z.optional(idSchema),
    level: levelSchema,
    ...details,
  })
  .check(
    z.refine((v) => (v.cardId ? 1 : 0) + (v.windowId ? 1 : 0) === 1, {
      message: '请指定一张监督卡或一个窗口',
      path: ['cardId'],
    }),
    z.refine(consentGiven, consentIssue),
  );
export type EvaluationSubmitInput = z.infer<typeof evaluationSubmitInput>;
export interface EvaluationSubmitOutput {
  evaluationId: string;
  amendableUntil: string;
}

export const evaluationAmendInput = z
  .strictObject({
    evaluationId: idSchema,
    level: z.optional(levelSchema),
    ...details,
  })
  .check(z.refine(consentGiven, consentIssue));
export type EvaluationAmendInput = z.infer<typeof evaluationAmendInput>;
export interface EvaluationAmendOutput {
  evaluationId: string;
  level: number;
  amendableUntil: string;
}

export const evaluationMineInput = z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(50))) });
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
  /** The follow-up (回访) of a 差评, with its outcome once recorded. */
  followup?: MyFollowup;
}
export interface EvaluationMineOutput {
  evaluations: MyEvaluation[];
}

export const evaluationFormInput = z.strictObject({});
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
