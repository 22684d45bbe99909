import * as z from 'zod/mini';
import './zod';
import { devKeySchema } from './auth.schema';

export const messageListInput = z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))) });
export type MessageListInput = z.infer<typeof messageListInput>;

export interface MessageView {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** What the message is about: opens that case, rectification item, 差评 follow-up or appeal. */
  complaintId: string | null;
  rectificationId: string | null;
  followupId: string | null;
  appealId: string | null;
  /** A card's 办结 / 退回 notice (the resident's), or its due-date watch (staff's). */
  cardId: string | null;
  createdAt: string;
}
export interface MessageListOutput {
  messages: MessageView[];
}

export const devClockInput = z.strictObject({
  devKey: devKeySchema,
  advanceHours: z.int().check(z.minimum(1), z.maximum(24 * 60)),
});
export type DevClockInput = z.infer<typeof devClockInput>;
export interface DevClockOutput {
  now: string;
}

export interface SweepRunOutput {
  /** Cases the sweep changed (reminders, escalations, auto-closes). */
  cases: number;
  /** Rectification items the sweep changed (due-day notices, overdue escalations). */
  rectifications: number;
  /** Notices delivered by the dispatcher right after. */
  delivered: number;
}

/** Subscribe-message template ids the client may ask consent for (wx.requestSubscribeMessage). */
export interface NotifyTemplatesOutput {
  /** For staff: new case, reminders, overdue (at most 3 per request). */
  staff: string[];
  /** For a complainant: "reply ready". */
  resident: string[];
  /** For a resident waiting on a card's 办结 (card.notifyMe): 办结通知. */
  card: string[];
}
