/**
 * 办事监督卡 rules (服务承诺制 "一卡监督到底"): the card states the matter, the time limit,
 * the notes told once (一次性告知), the supervision phone, the issuing staff and time.
 */
import type { MatterType } from '../contract/card.schema';
import { addDays, type DayKind, type DueDate } from './calendar';
import { endOfShanghaiDay, shanghaiDate } from '../contract/dates';

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
