/**
 * 办事监督卡 rules (服务承诺制 "一卡监督到底"): the card states the matter, the time limit,
 * the notes told once (一次性告知), the supervision phone, the issuing staff and time.
 */
import type { MatterType } from '../contract/card.schema';
import { addDays, daysLeft, type DayKind, type DueDate } from './calendar';
import { addDaysToDate, endOfShanghaiDay, shanghaiDate, shanghaiTimeOn } from '../contract/dates';
import type { Card, CardNotice } from './card.entities';
import type { Matter, Staff, Window } from './org.entities';

export interface CardDue extends DueDate {
  dueAt: Date;
}

/**
 * A card issued at `issuedAt` promising `promisedDays` days is due by the end of that day in
 * Asia/Shanghai. 即办件 (done on the spot) is due the same day whatever days were entered.
 */
export function cardDue(issuedAt: Date, matterType: MatterType, promisedDays: number, kind: DayKind): CardDue {
  const days = matterType === '即办件' ? 0 : promisedDays;
  const due = addDays(shanghaiDate(issuedAt), days, kind);
  return { ...due, dueAt: endOfShanghaiDay(due.date) };
}

/**
 * The address a card's QR encodes: short (a smaller, sturdier printed code) and a real path, so
 * WeChat's 扫普通链接二维码 rule can match it by sub-path (`<PUBLIC_URL>/c/` → pages/card/index).
 * A browser is redirected by the host to the H5 page (`/#/pages/card/index?id=`).
 */
export function cardUrl(publicBaseUrl: string, cardId: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/c/${cardId}`;
}

/** A window's standing QR (`<PUBLIC_URL>/w/` → pages/window/index). */
export function windowUrl(publicBaseUrl: string, windowId: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/w/${windowId}`;
}

/** Where the host sends a browser that opened a QR's short address. */
export const SHORT_PATHS = { c: '/#/pages/card/index?id=', w: '/#/pages/window/index?id=' } as const;

/**
 * 补正 stops the clock: the days left when the applicant was asked to bring what is missing run
 * again from the day they bring it (补正完成). A card already past its due date gains nothing.
 */
export function pausedDays(dueAt: Date, pausedAt: Date, kind: DayKind): number {
  return daysLeft(shanghaiDate(pausedAt), shanghaiDate(dueAt), kind);
}

export function resumedDue(
  c: Pick<Card, 'dueAt' | 'dayKind'>,
  remainingDays: number,
  pausedAt: Date,
  resumedAt: Date,
): CardDue {
  if (shanghaiDate(pausedAt) > shanghaiDate(c.dueAt)) {
    return { date: shanghaiDate(c.dueAt), dueAt: c.dueAt };
  }
  const due = addDays(shanghaiDate(resumedAt), remainingDays, c.dayKind);
  return { ...due, dueAt: endOfShanghaiDay(due.date) };
}

/** The sweep's watch of an open card: the morning before its due date, and the morning after it is missed. */
export const CARD_NOTICE_HOUR = 9;
export function cardWatchTimes(dueAt: Date): { dueSoonAt: Date; overdueAt: Date } {
  const due = shanghaiDate(dueAt);
  return {
    dueSoonAt: shanghaiTimeOn(addDaysToDate(due, -1), CARD_NOTICE_HOUR),
    overdueAt: shanghaiTimeOn(addDaysToDate(due, 1), CARD_NOTICE_HOUR),
  };
}

/** When the sweep owes the card something next (null: closed, paused, or both notices sent for this deadline). */
export function cardNextSweepAt(c: Pick<Card, 'status' | 'dueAt' | 'sweepStage'>): Date | null {
  if (c.status !== 'accepted') return null;
  const t = cardWatchTimes(c.dueAt);
  return c.sweepStage === 0 ? t.dueSoonAt : c.sweepStage === 1 ? t.overdueAt : null;
}

export type CardSweepStep = 'dueSoon' | 'overdue';

/** What the sweep does now: the overdue notice once missed (skipping a day-before notice it is too late for), else the day-before one. */
export function cardSweepStep(c: Pick<Card, 'status' | 'dueAt' | 'sweepStage'>, now: Date): CardSweepStep | null {
  if (c.status !== 'accepted') return null;
  const t = cardWatchTimes(c.dueAt);
  if (c.sweepStage < 2 && now >= t.overdueAt && now > c.dueAt) return 'overdue';
  if (c.sweepStage < 1 && now >= t.dueSoonAt && now <= c.dueAt) return 'dueSoon';
  return null;
}

/** Whole days an open card is past its due date on `today` (its day kind: working days skip holidays). */
export function cardDaysOverdue(c: Pick<Card, 'dueAt' | 'dayKind'>, now: Date): number {
  return daysLeft(shanghaiDate(c.dueAt), shanghaiDate(now), c.dayKind);
}

/** 一事一评: the card takes its evaluation until this long after its service ended — 办结 (or 退回) if it did, else the due date. */
export function cardServiceEnd(c: Pick<Card, 'dueAt' | 'completedAt' | 'returned'>): Date {
  return c.completedAt ?? c.returned?.at ?? c.dueAt;
}

/**
 * Who moves a card on: the staff member who issued it, their B post (AB岗: their backup, or the
 * B post of the window they hold), or the head of the card's department.
 */
export function mayActOnCard(
  c: Pick<Card, 'staffId'>,
  staffId: string,
  o: {
    issuer: Pick<Staff, 'backupStaffId'> | null;
    window: Pick<Window, 'aStaffId' | 'bStaffId'> | null;
    headStaffId: string | null;
  },
): boolean {
  if (staffId === c.staffId || staffId === o.headStaffId) return true;
  if (o.issuer?.backupStaffId === staffId) return true;
  return o.window?.aStaffId === c.staffId && o.window.bStaffId === staffId;
}

export type CardCaseState = Pick<
  Card,
  | 'status'
  | 'completedAt'
  | 'supplement'
  | 'returned'
  | 'events'
  | 'watchers'
  | 'sweepStage'
  | 'nextSweepAt'
  | 'version'
  | 'updatedAt'
>;

/** A new card's service case: 受理 and watched, or — a 即办件, done on the spot — 办结 at issue. */
export function newCardCase(c: Pick<Card, 'matterType' | 'issuedAt' | 'staffId' | 'dueAt'>): CardCaseState {
  const onTheSpot = c.matterType === '即办件';
  const state: CardCaseState = {
    status: onTheSpot ? 'completed' : 'accepted',
    completedAt: onTheSpot ? c.issuedAt : null,
    supplement: null,
    returned: null,
    events: onTheSpot ? [{ at: c.issuedAt, kind: 'completed', byStaffId: c.staffId, text: '即办件，当场办结' }] : [],
    watchers: [],
    sweepStage: 0,
    nextSweepAt: null,
    version: 1,
    updatedAt: c.issuedAt,
  };
  return { ...state, nextSweepAt: cardNextSweepAt({ ...state, dueAt: c.dueAt }) };
}

/** The catalogue's 告知 as a card keeps it: what was told at issue stays what the card says. */
export function cardNoticeOf(m: Omit<Matter, 'id' | 'departmentId'>): CardNotice {
  return { ...m.notice, legalDays: m.legalDays, promisedDays: m.promisedDays, dayKind: m.dayKind, notes: m.notes };
}
