import * as z from 'zod/mini';
import './zod';
import { daySchema, idSchema, phoneSchema } from './common.schema';
import {
  MATTER_MAX,
  MATTER_TYPES,
  NOTES_MAX,
  PROMISED_DAYS_MAX,
  REFER_TO_MAX,
  RETURN_REASON_MAX,
  SUPPLEMENT_ITEMS_MAX,
  SUPPLEMENT_ITEM_MAX,
  type CardStatus,
  type MatterNotice,
  type MatterType,
} from './card';

export * from './card';
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

/** 补正: every missing material listed once, and when to come back; the clock stops meanwhile. */
export interface CardSupplementView {
  items: string[];
  /** The next visit date told to the applicant (YYYY-MM-DD), if one was. */
  nextVisitOn: string | null;
  requestedAt: string;
  /** When the applicant brought it (补正完成) and the clock ran again. */
  resumedAt: string | null;
}

/** 退回 / 不予办理: the reason the applicant is told, and where to go if it is not this office's matter. */
export interface CardReturnedView {
  reason: string;
  referTo: string | null;
  at: string;
}

/** The catalogue's 一次性告知 as it stood when the card was issued, with the matter's time limits. */
export interface CardNoticeView extends MatterNotice {
  /** 法定时限 and 承诺时限 in `dayKind` days (null: the catalogue states none). */
  legalDays: number | null;
  promisedDays: number;
  dayKind: 'working' | 'natural';
  /** The catalogue's further notes (其他告知事项). */
  notes: string;
}

export type CardEventKind = 'issued' | 'supplement' | 'resumed' | 'completed' | 'returned' | 'dueSoon' | 'overdue';

/** One step in the card's own timeline (no resident in it: only staff and the system act on a card). */
export interface CardEventView {
  at: string;
  kind: CardEventKind;
  /** Who acted (a staff member's name), '' for the system. */
  by: string;
  text: string;
}

export interface CardView {
  cardId: string;
  status: CardStatus;
  /** 办结 time, if completed. */
  completedAt: string | null;
  supplement: CardSupplementView | null;
  returned: CardReturnedView | null;
  /** The catalogue's 告知 (read-only); null for a matter outside the catalogue. */
  notice: CardNoticeView | null;
  timeline: CardEventView[];
  /** Until when the card takes an evaluation: counted from 办结 when there is one, else from the due date. */
  evaluableUntil: string;
  matter: string;
  matterType: MatterType;
  promisedDays: number;
  /** How promisedDays are counted: 工作日 or 自然日. */
  dayKind: 'working' | 'natural';
  /** The issuing staff's note for this applicant, shown apart from the catalogue's 告知. */
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
  /** Whether the caller asked to be told at 办结 (card.notifyMe). */
  notifyMe: boolean;
  /** Whether the caller may move the card on (the issuing staff, their B post, the department's head). */
  canAct: boolean;
}

/** A card as a list shows it (staff's own, a head's overdue ones). */
export type CardListItem = Omit<CardView, 'myEvaluation' | 'notifyMe' | 'timeline'>;

const cardId = { cardId: idSchema };
const SUPPLEMENT_MESSAGE = `请逐项填写需补齐的材料（1–${SUPPLEMENT_ITEMS_MAX} 项，每项不超过 ${SUPPLEMENT_ITEM_MAX} 字）`;
export const cardSupplementInput = z.strictObject({
  ...cardId,
  items: z
    .array(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, { message: SUPPLEMENT_MESSAGE }),
          z.maxLength(SUPPLEMENT_ITEM_MAX, { message: SUPPLEMENT_MESSAGE }),
        ),
    )
    .check(
      z.minLength(1, { message: SUPPLEMENT_MESSAGE }),
      z.maxLength(SUPPLEMENT_ITEMS_MAX, { message: SUPPLEMENT_MESSAGE }),
    ),
  nextVisitOn: z.optional(daySchema),
});
export type CardSupplementInput = z.infer<typeof cardSupplementInput>;
export const cardResumeInput = z.strictObject(cardId);
export const cardCompleteInput = z.strictObject(cardId);
export const cardReturnInput = z.strictObject({
  ...cardId,
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message: '请说明不予办理的理由' }),
      z.maxLength(RETURN_REASON_MAX, { message: `理由不超过 ${RETURN_REASON_MAX} 字` }),
    ),
  referTo: z.optional(
    z.string().check(z.trim(), z.maxLength(REFER_TO_MAX, { message: `建议去处不超过 ${REFER_TO_MAX} 字` })),
  ),
});
export type CardReturnInput = z.infer<typeof cardReturnInput>;

export const cardNotifyMeInput = z.strictObject({
  ...cardId,
  /** weapp: the resident accepted the 办结通知 subscribe message (one push may follow). */
  subscribed: z.optional(z.boolean()),
});
export interface CardNotifyMeOutput {
  notifyMe: true;
  /** Already completed or returned: nothing to wait for (the card page says so). */
  closed: boolean;
}

/** Open cards past their due date: a head's departments, the office's all (or one department). */
export const cardOverdueInput = z.strictObject({
  departmentId: z.optional(idSchema),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export interface CardOverdueOutput {
  cards: (CardListItem & { daysOverdue: number })[];
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
  cards: CardListItem[];
}

/** The office's card settings: whether a card may name a matter outside the catalogue. */
export interface CardSettings {
  freeMatters: boolean;
}
export const cardSettingsInput = z.strictObject({});
export const cardSetSettingsInput = z.strictObject({ freeMatters: z.boolean() });
