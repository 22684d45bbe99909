/**
 * The service case on a card as pure functions: 补正 (once, every missing material listed, the
 * clock stopped), 补正完成 (the clock runs again), 办结, 退回 — and the sweep's two notices per
 * deadline. Each returns the next card and whom to tell; the app layer stores both in one write.
 * A command repeated with the same effect (a retry) changes nothing.
 */
import { CARD_STATUS_LABELS, type CardEventKind } from '../contract/card.schema';
import { chineseDate, shanghaiDate, shanghaiDateTime } from '../contract/dates';
import type { Card, CardEvent } from './card.entities';
import { cardNextSweepAt, pausedDays, resumedDue, type CardSweepStep } from './card.rules';
import type { NoticeKind, Recipient } from './complaint.entities';

export type CardCommand =
  | { kind: 'supplement'; items: string[]; nextVisitOn: string | null }
  | { kind: 'resume' }
  | { kind: 'complete' }
  | { kind: 'return'; reason: string; referTo: string | null };

/** A notice the change causes; `occasion` makes its dedup key (one per deadline, per close). */
export interface CardTell {
  kind: NoticeKind;
  recipient: Recipient;
  occasion: string;
  body: string;
}

export type CardJudgement =
  | { kind: 'change'; next: Card; tell: CardTell[] }
  /** Already so (a retry, or two staff at once doing the same): answer with the card as it is. */
  | { kind: 'same' }
  | { kind: 'illegal'; what: string };

export const CARD_COMMAND_WORDS: Record<CardCommand['kind'], string> = {
  supplement: '要求补正',
  resume: '补正完成',
  complete: '办结',
  return: '退回',
};

const sameItems = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Judges a staff command on the card as stored now. */
export function judgeCardCommand(
  c: Card,
  cmd: CardCommand,
  byStaffId: string,
  now: Date,
  requestId: string,
): CardJudgement {
  if (c.events.some((e) => e.requestId === requestId)) return { kind: 'same' };
  const illegal = { kind: 'illegal', what: CARD_COMMAND_WORDS[cmd.kind] } as const;
  const event = (kind: CardEventKind, text: string): CardEvent => ({ at: now, kind, byStaffId, text, requestId });
  const changed = (patch: Partial<Card>, e: CardEvent, tell: CardTell[] = []): CardJudgement => {
    const next: Card = { ...c, ...patch, events: [...c.events, e], version: c.version + 1, updatedAt: now };
    return { kind: 'change', next: { ...next, nextSweepAt: cardNextSweepAt(next) }, tell };
  };
  switch (cmd.kind) {
    case 'supplement': {
      if (c.status === 'supplement' && c.supplement && sameItems(c.supplement.items, cmd.items))
        return { kind: 'same' };
      // 一次性告知: everything missing is listed at once — a second 补正 is what the rule forbids.
      if (c.status !== 'accepted' || c.supplement) return illegal;
      const visit = cmd.nextVisitOn ? `，请于 ${chineseDate(cmd.nextVisitOn)} 前来` : '';
      return changed(
        {
          status: 'supplement',
          supplement: {
            items: cmd.items,
            nextVisitOn: cmd.nextVisitOn,
            requestedAt: now,
            resumedAt: null,
            remainingDays: pausedDays(c.dueAt, now, c.dayKind),
          },
        },
        event('supplement', `一次性告知需补齐：${cmd.items.join('；')}${visit}（办理时限暂停计算）`),
      );
    }
    case 'resume': {
      if (c.status === 'accepted' && c.supplement?.resumedAt) return { kind: 'same' };
      if (c.status !== 'supplement' || !c.supplement) return illegal;
      const due = resumedDue(c, c.supplement.remainingDays, c.supplement.requestedAt, now);
      return changed(
        {
          status: 'accepted',
          supplement: { ...c.supplement, resumedAt: now },
          dueAt: due.dueAt,
          // A new deadline: its day-before and overdue notices are owed again.
          sweepStage: due.dueAt.getTime() === c.dueAt.getTime() ? c.sweepStage : 0,
        },
        event('resumed', `材料已补齐，继续办理，办结期限 ${chineseDate(due.date)}`),
      );
    }
    case 'complete': {
      if (c.status === 'completed') return { kind: 'same' };
      if (c.status !== 'accepted') return illegal;
      const onTime = now <= c.dueAt ? '' : '（已超过承诺期限）';
      return changed(
        { status: 'completed', completedAt: now, watchers: dropOpenids(c) },
        event('completed', `已办结${onTime}`),
        doneTells(c, `您办理的「${c.matter}」已于 ${shanghaiDateTime(now)} 办结，欢迎对本次服务作出评价。`),
      );
    }
    case 'return': {
      if (c.status === 'returned' && c.returned?.reason === cmd.reason) return { kind: 'same' };
      // 补正 waiting for the applicant may also end in 不予办理 (e.g. the materials never come).
      if (c.status !== 'accepted' && c.status !== 'supplement') return illegal;
      const refer = cmd.referTo ? `；建议前往：${cmd.referTo}` : '';
      return changed(
        {
          status: 'returned',
          returned: { reason: cmd.reason, referTo: cmd.referTo, at: now },
          watchers: dropOpenids(c),
        },
        event('returned', `不予办理（退回）：${cmd.reason}${refer}`),
        doneTells(
          c,
          `您办理的「${c.matter}」未予办理：${cmd.reason}${refer}。如有疑问可拨打监督电话，也可对本次服务作出评价。`,
        ),
      );
    }
  }
}

/** The OPENIDs were kept only for this one notice (it carries its own sealed copy). */
const dropOpenids = (c: Card) => c.watchers.map((w) => ({ ...w, sealedOpenid: null }));

function doneTells(c: Card, body: string): CardTell[] {
  return c.watchers.map((w) => ({
    kind: 'card.done',
    recipient: w.sealedOpenid
      ? { subjectHash: w.subjectHash, sealedOpenid: w.sealedOpenid }
      : { subjectHash: w.subjectHash },
    occasion: 'closed',
    body,
  }));
}

/**
 * The sweep's notice about an open card: the issuer the day before the due date; the issuer and
 * the department's head the day after it was missed. Once each per deadline (the stage moves on
 * in the same write; the dedup key names the deadline).
 */
export function cardSwept(
  c: Card,
  step: CardSweepStep,
  headStaffId: string | null,
  now: Date,
): { next: Card; tell: CardTell[] } {
  const due = shanghaiDate(c.dueAt);
  const body =
    step === 'dueSoon'
      ? `监督卡「${c.matter}」将于 ${chineseDate(due)} 到期，请按承诺时限办结。`
      : `监督卡「${c.matter}」已超过承诺期限（${chineseDate(due)}）仍未办结，请尽快办理。`;
  const to = step === 'dueSoon' ? [c.staffId] : [...new Set([c.staffId, ...(headStaffId ? [headStaffId] : [])])];
  const next: Card = {
    ...c,
    sweepStage: step === 'dueSoon' ? 1 : 2,
    events: [
      ...c.events,
      {
        at: now,
        kind: step,
        byStaffId: null,
        text: step === 'dueSoon' ? '到期前一天提醒开卡人' : '超期未办结，已告知开卡人和科室负责人',
      },
    ],
    version: c.version + 1,
    updatedAt: now,
  };
  return {
    next: { ...next, nextSweepAt: cardNextSweepAt(next) },
    tell: to.map((staffId) => ({
      kind: step === 'dueSoon' ? 'card.dueSoon' : 'card.overdue',
      recipient: { staffId },
      occasion: due,
      body,
    })),
  };
}

export const cardStatusLabel = (c: Pick<Card, 'status'>) => CARD_STATUS_LABELS[c.status];
