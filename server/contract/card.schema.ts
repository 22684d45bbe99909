import * as z from 'zod/mini';
import './zod';
import { idSchema, phoneSchema } from './common.schema';
import { MATTER_MAX, MATTER_TYPES, NOTES_MAX, PROMISED_DAYS_MAX, type MatterType } from './card';

export { MATTER_MAX, MATTER_TYPES, NOTES_MAX, PROMISED_DAYS_MAX, type MatterType } from './card';
export const matterTypeSchema = z.enum(MATTER_TYPES);
const DAYS_MESSAGE = `请填写 0–${PROMISED_DAYS_MAX} 的整数天数`;

export const cardIssueInput = z.strictObject({
  matter: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message: '请填写办事内容' }),
      z.maxLength(MATTER_MAX, { message: `办事内容不超过 ${MATTER_MAX} 字` }),
    ),
  matterType: matterTypeSchema,
  promisedDays: z
    .int({ message: DAYS_MESSAGE })
    .check(z.minimum(0, { message: DAYS_MESSAGE }), z.maximum(PROMISED_DAYS_MAX, { message: DAYS_MESSAGE })),
  notes: z.optional(z.string().check(z.trim(), z.maxLength(NOTES_MAX, { message: `注意事项不超过 ${NOTES_MAX} 字` }))),
  supervisionPhone: z.optional(phoneSchema),
  matterId: z.optional(idSchema),
  windowId: z.optional(idSchema),
});
export type CardIssueInput = z.infer<typeof cardIssueInput>;
export interface CardIssueOutput {
  cardId: string;
  url: string;
  dueAt: string;
  dueDate: string;
}

export const cardGetInput = z.strictObject({ cardId: idSchema });
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

export const cardMineInput = z.strictObject({
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
  before: z.optional(z.iso.datetime()),
});
export interface CardMineOutput {
  cards: Omit<CardView, 'myEvaluation'>[];
}
