/**
 * The 办事监督卡 as issued — the matter, the promise, who issued it, when it is due — and the
 * service case it supervises (受理 → 补正 → 办结 / 退回), with its own timeline.
 */
import type { CardEventKind, CardStatus, MatterNotice, MatterType } from '../contract/card.schema';

/** The catalogue's 一次性告知 as it stood at issue, with the matter's time limits (kept: what was told). */
export interface CardNotice extends MatterNotice {
  legalDays: number | null;
  promisedDays: number;
  dayKind: 'working' | 'natural';
  notes: string;
}

export interface CardSupplement {
  items: string[];
  nextVisitOn: string | null;
  requestedAt: Date;
  resumedAt: Date | null;
  /** Days of the promise still to run when the clock stopped (in the card's day kind). */
  remainingDays: number;
}

export interface CardReturned {
  reason: string;
  referTo: string | null;
  at: Date;
}

export interface CardEvent {
  at: Date;
  kind: CardEventKind;
  /** null for the system (the sweep). */
  byStaffId: string | null;
  text: string;
  /** The request that wrote it: a retry finds its own entry and changes nothing. */
  requestId?: string;
}

/**
 * A resident who asked to be told at 办结: the keyed hash (their in-app 消息) and, if they
 * accepted the 办结通知 subscribe message in WeChat, their sealed OPENID — dropped at 办结.
 */
export interface CardWatcher {
  subjectHash: string;
  sealedOpenid: string | null;
  at: Date;
}

export interface Card {
  id: string;
  matter: string;
  matterType: MatterType;
  matterId: string | null;
  promisedDays: number;
  dayKind: 'working' | 'natural';
  /** The issuing staff's note for this applicant (the catalogue's 告知 is `notice`). */
  notes: string;
  supervisionPhone: string;
  staffId: string;
  departmentId: string;
  windowId: string | null;
  issuedAt: Date;
  /** The promise's end (moved on by a 补正's pause). */
  dueAt: Date;
  /** Idempotency: (staffId, requestId) is unique; requestHash detects a reused key. */
  requestId: string;
  requestHash: string;
  status: CardStatus;
  completedAt: Date | null;
  supplement: CardSupplement | null;
  returned: CardReturned | null;
  notice: CardNotice | null;
  events: CardEvent[];
  watchers: CardWatcher[];
  /** The due-date watch: 0 nothing sent, 1 the day-before notice, 2 the overdue notice (per deadline). */
  sweepStage: number;
  /** When the sweep owes this card something; null while paused or closed. */
  nextSweepAt: Date | null;
  version: number;
  updatedAt: Date;
}
