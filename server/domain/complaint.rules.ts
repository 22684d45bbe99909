/**
 * Complaint rules (投诉办法, 首问责任制, 限时办结制): who may do what in which state, when the
 * reply is due, and what the sweep owes a case at a given time. Pure functions.
 */
import { DEFAULT_CATEGORIES, type ComplaintStatus } from '../contract/complaint.schema';
import type { Complaint } from './complaint.entities';
import { addDays, type DayKind } from './calendar';
import { endOfShanghaiDay, shanghaiDate } from '../contract/dates';
import {
  afterDeadlineStep,
  deadlineStep,
  nextDeadlineSweep,
  type DeadlineState,
  type DeadlineStep,
} from './deadline.rules';
import type { LadderStep } from './ladder.rules';

export interface ComplaintSettings {
  categories: string[];
  /** 接到投诉后，一般在7日内作出答复. */
  replyDays: number;
  dayKind: DayKind;
  /** The first reminder this many hours before the deadline. */
  remindHoursBefore: number;
  /** A reply nobody rated closes itself as 未评价 after this many days. */
  autoCloseDays: number;
  /** Morning hour (Shanghai) for the due-day and overdue notices. */
  noticeHour: number;
}

export const DEFAULT_COMPLAINT_SETTINGS: ComplaintSettings = {
  categories: [...DEFAULT_CATEGORIES],
  replyDays: 7,
  dayKind: 'natural',
  remindHoursBefore: 48,
  autoCloseDays: 7,
  noticeHour: 9,
};

/** The reply is due by the end of the Nth day (Asia/Shanghai) after `from`. */
export function replyDue(
  from: Date,
  s: Pick<ComplaintSettings, 'replyDays' | 'dayKind'>,
): { dueAt: Date; warning?: string } {
  const due = addDays(shanghaiDate(from), s.replyDays, s.dayKind);
  return { dueAt: endOfShanghaiDay(due.date), warning: due.warning };
}

// ---- who may do what -------------------------------------------------------------------------

/**
 * How a caller stands to a case; several at once are possible.
 * - `handler`: who must answer now — the assignee, or for a case in the office queue any admin
 *   (except the one whose reply was rejected by 不满意, while another admin can take it);
 * - `handled`: staff who held the case before (首问负责: the first receiver stays answerable after
 *   a transfer) may still read it;
 * - `head`: the head of the case's department, while the department handles it (a case in the
 *   office queue — about the head, 廉洁问题, reopened — is not theirs, unless it was declined);
 * - `admin`: the office, which supervises every case;
 * - `subject`: the person complained about — never a handler or reader, whatever else they are;
 * - `witness`: the subject once the handler asked them for a statement: they read what was said
 *   (never who said it, the contact, the photos or the tracking number) and may answer.
 */
export type Relation =
  | 'complainant'
  | 'assignee'
  | 'handler'
  | 'handled'
  | 'head'
  | 'admin'
  | 'subject'
  | 'witness'
  | 'system'
  /** Who supervises the handler: the head when someone else handles the case, else the office (not the handler). */
  | 'supervisor';
export type Command =
  | 'reply'
  | 'transfer'
  | 'reject'
  | 'rate'
  | 'autoClose'
  | 'revealPhone'
  | 'requestReview'
  | 'askStatement'
  | 'giveStatement'
  | 'requestExtension'
  | 'decideExtension'
  | 'superviseReply';

export const RULES: Record<Command, { from: readonly ComplaintStatus[]; by: readonly Relation[] }> = {
  reply: { from: ['pending'], by: ['handler', 'head'] },
  transfer: { from: ['pending'], by: ['handler', 'head'] },
  // Declining (不予受理) ends a case: the office's decision alone, contestable once (requestReview).
  reject: { from: ['pending'], by: ['admin'] },
  rate: { from: ['replied'], by: ['complainant'] },
  autoClose: { from: ['replied'], by: ['system'] },
  revealPhone: { from: ['pending', 'replied', 'closed', 'rejected'], by: ['handler'] },
  requestReview: { from: ['rejected'], by: ['complainant'] },
  askStatement: { from: ['pending'], by: ['handler', 'head'] },
  giveStatement: { from: ['pending'], by: ['witness'] },
  requestExtension: { from: ['pending'], by: ['handler'] },
  decideExtension: { from: ['pending'], by: ['supervisor'] },
  superviseReply: { from: ['pending'], by: ['supervisor'] },
};

/** Who may read a case at all; anyone else is told it does not exist. */
export const VIEWERS: readonly Relation[] = [
  'complainant',
  'assignee',
  'handler',
  'handled',
  'head',
  'admin',
  'witness',
  'supervisor',
];

/** The complainant may ask once, within this many days of the decline, for the office to review it. */
export const REVIEW_WINDOW_DAYS = 15;

/** Whether a declined case may still be contested: once, within REVIEW_WINDOW_DAYS of the decline. */
export function reviewOpen(
  c: Pick<Complaint, 'status' | 'closedAt'>,
  events: readonly { kind: string }[],
  now: Date,
): boolean {
  if (c.status !== 'rejected' || !c.closedAt) return false;
  if (events.some((e) => e.kind === 'reviewRequested')) return false;
  return now.getTime() - c.closedAt.getTime() <= REVIEW_WINDOW_DAYS * 24 * 3600 * 1000;
}

export type Verdict = 'ok' | 'forbidden' | 'illegal';

/** `forbidden` (403) when no relation allows the command; `illegal` (409) when the state does not. */
export function judge(command: Command, status: ComplaintStatus, relations: ReadonlySet<Relation>): Verdict {
  const rule = RULES[command];
  if (!rule.by.some((r) => relations.has(r))) return 'forbidden';
  return rule.from.includes(status) ? 'ok' : 'illegal';
}

// ---- 延期 and 督办单 ---------------------------------------------------------------------------

export const EXTENSION_LABELS = { pending: '待审批', approved: '已批准', refused: '未批准' } as const;

/** Whether the ladder sent this round's 督办单 and nobody answered it yet. */
export function awaitingSuperviseReply(c: Pick<Complaint, 'reopenCount'>, events: readonly CaseEventLike[]): boolean {
  let waiting = false;
  for (const e of events) {
    if (e.kind === 'reopened' || e.kind === 'reviewRequested') waiting = false;
    if (e.kind === 'escalated' && e.data.rung === 'supervise') waiting = true;
    if (e.kind === 'superviseReplied') waiting = false;
  }
  return waiting && c.reopenCount >= 0;
}
type CaseEventLike = { kind: string; data: Record<string, unknown> };

// ---- the sweep ---------------------------------------------------------------------------------

/** A sweep step; an overdue one carries the ladder's rungs due now (jobs/sweep.ts adds them). */
export type SweepStep =
  | Exclude<DeadlineStep, { kind: 'overdue' }>
  | (Extract<DeadlineStep, { kind: 'overdue' }> & { rungs?: readonly LadderStep[]; ladderIndex?: number })
  | { kind: 'autoClose' };

const HOUR = 3600 * 1000;

const deadlineOf = (c: Pick<Complaint, 'replyDueAt' | 'sweepStage' | 'lastEscalatedOn'>): DeadlineState => ({
  dueAt: c.replyDueAt,
  sweepStage: c.sweepStage,
  lastEscalatedOn: c.lastEscalatedOn,
});

/** When the sweep next owes this case something; null when nothing (closed, rejected). */
export function nextSweepAt(
  c: Pick<Complaint, 'status' | 'replyDueAt' | 'sweepStage' | 'lastEscalatedOn' | 'reply'>,
  s: ComplaintSettings,
): Date | null {
  if (c.status === 'replied') return c.reply ? new Date(c.reply.at.getTime() + s.autoCloseDays * 24 * HOUR) : null;
  if (c.status !== 'pending') return null;
  return nextDeadlineSweep(deadlineOf(c), s);
}

/**
 * What the sweep does for a case now: at most one step (deadline.rules.ts), or closing a reply
 * nobody rated.
 */
export function sweepStep(c: Complaint, now: Date, s: ComplaintSettings): SweepStep | null {
  const at = nextSweepAt(c, s);
  if (!at || at > now) return null;
  if (c.status === 'replied') return { kind: 'autoClose' };
  return deadlineStep(deadlineOf(c), now, s);
}

/** The case fields a sweep step changes (the caller adds version, times and nextSweepAt). */
export function applySweepStep(_c: Complaint, step: SweepStep): Partial<Complaint> {
  if (step.kind === 'autoClose') return { status: 'closed', rating: 'none' };
  const climbed =
    step.kind === 'overdue' && step.rungs?.length ? { ladderStep: (step.ladderIndex ?? 0) + step.rungs.length } : {};
  return { ...afterDeadlineStep(step), ...climbed };
}

// ---- small helpers -----------------------------------------------------------------------------

/** 13812341234 → 138****1234. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** TS + Shanghai date (yyMMdd) + 4 characters without look-alikes (0/O, 1/I/L): read out on the phone. */
export function trackingNo(at: Date, random: (n: number) => number): string {
  const date = shanghaiDate(at).replace(/-/g, '').slice(2);
  let tail = '';
  for (let i = 0; i < 4; i++) tail += TRACKING_ALPHABET[random(TRACKING_ALPHABET.length)];
  return `TS${date}-${tail}`;
}

/** WeChat template field limits: `thing` ≤ 20 characters. */
export function thing(text: string, max = 20): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
