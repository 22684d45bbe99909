/**
 * A case's transitions as pure functions: given the case (and what the command says), the change
 * — the fields that move, the timeline entries and the notices with their recipients. Actions
 * check who may (complaint.rules.ts judge), call one of these and store the result atomically
 * (app/complaint-flow.ts commitChange); the sweep does the same with its steps. Nothing here
 * reads a store or a clock of its own, so each rule can be read, and tested, on its own.
 */
import type { Rating, TimelineKind } from '../contract/complaint.schema';
import type { ActorKind, CaseEvent, Complaint, NoticeKind, Recipient } from './complaint.entities';
import { applySweepStep, replyDue, type ComplaintSettings, type SweepStep } from './complaint.rules';
import { complainantOf, staffToTell, type CaseOrg } from './complaint.recipients';
import type { Staff } from './org.entities';
import type { Cover } from './handover.rules';

export interface Actor {
  actorKind: ActorKind;
  actorStaffId: string | null;
}
export interface EventDraft {
  kind: TimelineKind;
  actor: Actor;
  data: Record<string, unknown>;
}
/** One notice to each of `to`; `occasion` makes it unique besides kind, case and recipient. */
export interface NoticeDraft {
  kind: NoticeKind;
  to: Recipient[];
  occasion: string | number;
  body: string;
}
export interface CaseChange {
  patch: Partial<Complaint>;
  events: EventDraft[];
  notices: NoticeDraft[];
}
/** What marks an event as this request's, so a retry finds it (app/complaint-flow.ts alreadyApplied). */
export interface Marks {
  requestId: string;
  by: string;
}

const SYSTEM: Actor = { actorKind: 'system', actorStaffId: null };
const RESIDENT: Actor = { actorKind: 'resident', actorStaffId: null };
const staffActor = (me: Staff): Actor => ({ actorKind: 'staff', actorStaffId: me.id });
const toStaff = (ids: string[]): Recipient[] => ids.map((staffId) => ({ staffId }));
/** Notices to the staff the recipients rule names for `kind`, about the case as it will be. */
const tellStaff = (
  kind: NoticeKind,
  org: CaseOrg,
  next: Complaint,
  occasion: string | number,
  body: string,
  exclude: string | null = null,
): NoticeDraft => ({
  kind,
  to: toStaff(staffToTell(kind, org, next, exclude)),
  occasion,
  body,
});

/** A new case's first notice: to whoever the routing made its handler (or the office queue). */
export function filedNotices(org: CaseOrg, c: Complaint): NoticeDraft[] {
  return [tellStaff('case.new', org, c, c.reopenCount, `${c.category}：${[...c.content].slice(0, 30).join('')}`)];
}

export function replied(c: Complaint, me: Staff, content: string, now: Date, marks: Marks): CaseChange {
  const patch: Partial<Complaint> = {
    status: 'replied',
    reply: { content, byStaffId: me.id, at: now },
    firstRepliedAt: c.firstRepliedAt ?? now,
  };
  return {
    patch,
    events: [{ kind: 'replied', actor: staffActor(me), data: { ...marks, content } }],
    notices: [{ kind: 'case.replied', to: [complainantOf(c)], occasion: c.reopenCount, body: '请查看答复并评价' }],
  };
}

/** 首问负责: the case changes hands, the deadline does not. The request's id makes the notice this transfer's. */
export function transferred(
  c: Complaint,
  org: CaseOrg,
  me: Staff,
  to: Staff,
  reason: string,
  marks: Marks,
): CaseChange {
  const patch: Partial<Complaint> = { assigneeStaffId: to.id, coveringFor: null };
  return {
    patch,
    events: [
      { kind: 'transferred', actor: staffActor(me), data: { ...marks, from: c.assigneeStaffId, to: to.id, reason } },
    ],
    notices: [
      tellStaff(
        'case.transferred',
        org,
        { ...c, ...patch },
        `transfer:${marks.requestId}`,
        `${c.category}（转办：${reason}）`,
      ),
    ],
  };
}

/** 不予受理: the case ends, and the complainant's sealed OPENID goes with this last notice. */
export function rejected(c: Complaint, me: Staff, reason: string, now: Date, marks: Marks): CaseChange {
  return {
    patch: { status: 'rejected', rejectReason: reason, closedAt: now, notifyOpenid: null },
    events: [{ kind: 'rejected', actor: staffActor(me), data: { ...marks, reason } }],
    notices: [
      {
        kind: 'case.replied',
        to: [complainantOf(c)],
        occasion: `${c.reopenCount}:rejected`,
        body: '您的投诉不予受理，请查看理由',
      },
    ],
  };
}

/** The case open again in the office queue, with a fresh deadline and its sweep schedule reset. */
function inOfficeQueue(
  c: Complaint,
  now: Date,
  settings: Pick<ComplaintSettings, 'replyDays' | 'dayKind'>,
): Partial<Complaint> {
  return {
    status: 'pending',
    assigneeStaffId: null,
    replyDueAt: replyDue(now, settings).dueAt,
    closedAt: null,
    reopenCount: c.reopenCount + 1,
    sweepStage: 'none',
    ladderStep: 0,
    coveringFor: null,
    lastEscalatedOn: null,
    reply: null,
    rating: null,
    ratingComment: '',
    rejectReason: null,
  };
}

/**
 * The complainant rates the reply: 满意 / 基本满意 close the case; 不满意 reopens it one level up —
 * a department's case to the office queue; an office case stays there, kept from the admin whose
 * reply was rejected while another admin can take it.
 */
export function rated(
  c: Complaint,
  org: CaseOrg,
  rating: Rating,
  comment: string,
  now: Date,
  settings: ComplaintSettings,
  marks: Marks,
): CaseChange {
  const event: EventDraft = { kind: 'rated', actor: RESIDENT, data: { rating, comment, ...marks } };
  if (rating !== 'unsatisfied') {
    return {
      patch: { status: 'closed', rating, ratingComment: comment, closedAt: now, notifyOpenid: null },
      events: [event, { kind: 'closed', actor: SYSTEM, data: { reason: 'rated' } }],
      notices: [],
    };
  }
  const exclude = c.assigneeStaffId === null ? (c.reply?.byStaffId ?? null) : null;
  const patch = inOfficeQueue(c, now, settings);
  const next = { ...c, ...patch };
  return {
    patch,
    events: [
      event,
      { kind: 'reopened', actor: SYSTEM, data: { to: null, exclude, replyDueAt: next.replyDueAt.toISOString() } },
    ],
    notices: [tellStaff('case.reopened', org, next, next.reopenCount, `群众对答复不满意：${c.category}`, exclude)],
  };
}

/** The complainant contests a decline: the office reviews it, kept from the admin who declined it while another can. */
export function reviewRequested(
  c: Complaint,
  org: CaseOrg,
  events: readonly CaseEvent[],
  reason: string,
  now: Date,
  settings: ComplaintSettings,
  marks: Marks,
): CaseChange {
  const decliner = [...events].reverse().find((e) => e.kind === 'rejected')?.actorStaffId ?? null;
  const patch = inOfficeQueue(c, now, settings);
  const next = { ...c, ...patch };
  return {
    patch,
    events: [
      {
        kind: 'reviewRequested',
        actor: RESIDENT,
        data: { reason, exclude: decliner, replyDueAt: next.replyDueAt.toISOString(), ...marks },
      },
    ],
    notices: [
      tellStaff(
        'case.reopened',
        org,
        next,
        `${next.reopenCount}:review`,
        `群众对不予受理申请复核：${c.category}`,
        decliner,
      ),
    ],
  };
}

/** The handler asks the person complained about for a statement (the one notice they get about it). */
export function statementAsked(
  c: Complaint,
  org: CaseOrg,
  me: Staff,
  events: readonly CaseEvent[],
  marks: Marks,
): CaseChange {
  const n = events.filter((e) => e.kind === 'statementAsked').length;
  return {
    patch: {},
    events: [{ kind: 'statementAsked', actor: staffActor(me), data: { ...marks, to: c.staffId } }],
    notices: [tellStaff('case.statement', org, c, `ask:${n}`, `${c.category}：请在答复期限前说明情况`)],
  };
}

export const statementGiven = (me: Staff, content: string, marks: Marks): CaseChange => ({
  patch: {},
  events: [{ kind: 'statementGiven', actor: staffActor(me), data: { ...marks, content } }],
  notices: [],
});

/**
 * 整改结果反馈评价人: a rectification opened from the case was verified — the complainant reads
 * what was put right on the case and gets a message, whatever the case's state (it changes nothing else).
 */
/** AB岗: the case passes to the B post of a handler on leave, or back when the leave ends; the deadline stays. */
export function handedOver(c: Complaint, org: CaseOrg, cover: Cover, date: string): CaseChange {
  const from = org.staff.get(cover.from)?.name ?? '';
  const to = org.staff.get(cover.to)?.name ?? '';
  const reason = cover.why === 'leave' ? `AB岗：${from} 休假，由 ${to} 代为办理` : `AB岗：${to} 休假结束，收回办理`;
  const patch: Partial<Complaint> = { assigneeStaffId: cover.to, coveringFor: cover.coveringFor };
  const next = { ...c, ...patch };
  return {
    patch,
    events: [{ kind: 'transferred', actor: SYSTEM, data: { from: cover.from, to: cover.to, reason } }],
    notices: [
      tellStaff('case.transferred', org, next, `cover:${date}:${cover.to}`, `${c.category}（${reason}）`),
      { kind: 'case.handedOver', to: [{ staffId: cover.from }], occasion: `cover:${date}:${cover.to}`, body: reason },
    ],
  };
}

/** 延期: the handler asks once for up to 7 more days; whoever supervises them is told. */
export function extensionRequested(
  c: Complaint,
  org: CaseOrg,
  me: Staff,
  days: number,
  reason: string,
  now: Date,
  marks: Marks,
): CaseChange {
  const extension = {
    days,
    reason,
    status: 'pending' as const,
    requestedBy: me.id,
    requestedAt: now,
    decidedBy: null,
    decidedAt: null,
    decision: null,
  };
  const next = { ...c, extension };
  return {
    patch: { extension },
    events: [{ kind: 'extensionRequested', actor: staffActor(me), data: { ...marks, days, reason } }],
    notices: [tellStaff('case.extension', org, next, `ext:${c.reopenCount}`, `申请延期 ${days} 天：${reason}`)],
  };
}

/**
 * The supervisor's decision. Approved, the deadline moves on by the days asked (end of that day,
 * Shanghai) — the first deadline too while the first reply is awaited, so the on-time figure
 * judges by the approved deadline — and the ladder starts again; the complainant is told.
 */
export function extensionDecided(
  c: Complaint,
  org: CaseOrg,
  me: Staff,
  approve: boolean,
  reason: string,
  now: Date,
  marks: Marks,
  newDueAt: Date,
): CaseChange {
  if (!c.extension) throw new Error('no extension to decide');
  const extension = {
    ...c.extension,
    status: approve ? ('approved' as const) : ('refused' as const),
    decidedBy: me.id,
    decidedAt: now,
    decision: reason || null,
  };
  const moved: Partial<Complaint> = approve
    ? {
        replyDueAt: newDueAt,
        ...(c.firstRepliedAt === null && c.reopenCount === 0 ? { firstReplyDueAt: newDueAt } : {}),
        sweepStage: 'none',
        ladderStep: 0,
        lastEscalatedOn: null,
      }
    : {};
  const next = { ...c, ...moved, extension };
  const handler = tellStaff(
    'case.extensionDecided',
    org,
    next,
    `ext:${c.reopenCount}`,
    approve ? `延期 ${c.extension.days} 天已批准` : `延期未获批准：${reason}`,
  );
  return {
    patch: { ...moved, extension },
    events: [
      {
        kind: 'extensionDecided',
        actor: staffActor(me),
        data: { ...marks, approve, days: c.extension.days, reason, replyDueAt: next.replyDueAt.toISOString() },
      },
    ],
    notices: approve
      ? [
          handler,
          {
            kind: 'case.extended',
            to: [complainantOf(c)],
            occasion: `ext:${c.reopenCount}`,
            body: `答复期限延长 ${c.extension.days} 天`,
          },
        ]
      : [handler],
  };
}

/** The supervisor's answer to the ladder's 督办单. */
export const superviseReplied = (me: Staff, content: string, marks: Marks): CaseChange => ({
  patch: {},
  events: [{ kind: 'superviseReplied', actor: staffActor(me), data: { ...marks, content } }],
  notices: [],
});

export function rectificationVerified(c: Complaint, rectificationId: string, result: string): CaseChange {
  return {
    patch: {},
    events: [{ kind: 'rectified', actor: SYSTEM, data: { rectificationId, result } }],
    notices: [
      {
        kind: 'case.rectified',
        to: [complainantOf(c)],
        occasion: rectificationId,
        body: result ? `整改结果：${result}` : '投诉反映的问题已整改并通过验收',
      },
    ],
  };
}

/** A look at the complainant's number changes nothing but the timeline: every reveal is on record. */
export const phoneRevealed = (me: Staff, marks: Marks): CaseChange => ({
  patch: {},
  events: [{ kind: 'phoneRevealed', actor: staffActor(me), data: { ...marks } }],
  notices: [],
});

/** What one sweep step does to a case: reminders, the due-day notice, the overdue ladder, auto-close. */
export function swept(c: Complaint, org: CaseOrg, step: SweepStep, now: Date): CaseChange {
  const patch: Partial<Complaint> = applySweepStep(c, step);
  const round = c.reopenCount;
  switch (step.kind) {
    case 'remind':
    case 'dueDay': {
      const kind = step.kind === 'remind' ? 'case.remind' : 'case.dueDay';
      return {
        patch,
        events: [{ kind: 'reminded', actor: SYSTEM, data: { stage: step.kind } }],
        notices: [tellStaff(kind, org, c, round, step.kind === 'remind' ? '请在期限前答复' : '今天是答复期限')],
      };
    }
    case 'overdue': {
      // The 督办 ladder (domain/ladder.rules.ts): each rung due today, once per deadline.
      const rungs = step.rungs ?? [];
      const first = step.ladderIndex ?? 0;
      return {
        patch,
        events: rungs.map((r) => ({
          kind: 'escalated',
          actor: SYSTEM,
          data: { date: step.date, rung: r.rung, day: r.day },
        })),
        notices: rungs.map((r, i) => {
          const occasion = `${round}:rung${first + i}`;
          switch (r.rung) {
            case 'urge':
              return tellStaff('case.overdue', org, c, occasion, `已逾期 ${r.day} 天，请尽快答复（催办）`);
            case 'supervise':
              return tellStaff('case.escalated', org, c, occasion, `逾期 ${r.day} 天未答复，请督办并回复督办单`);
            case 'report':
              return tellStaff('case.reported', org, c, occasion, `逾期 ${r.day} 天仍未答复，予以通报`);
          }
        }),
      };
    }
    case 'autoClose':
      return {
        patch: { ...patch, closedAt: now, notifyOpenid: null },
        events: [{ kind: 'closed', actor: SYSTEM, data: { reason: 'unrated' } }],
        notices: [],
      };
  }
}
