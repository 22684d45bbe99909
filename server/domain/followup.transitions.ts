/**
 * A follow-up's transitions as pure functions: given the follow-up (and what the command says),
 * the change — fields that move, timeline entries, notices with their recipients, and what the
 * change causes elsewhere (an appeal for the office). The actions judge who may
 * (followup.rules.ts), call one of these and store it atomically (app/followup-flow.ts).
 */
import type { Appeal } from './appeal.entities';
import type { Recipient } from './complaint.entities';
import type { CaseOrg } from './complaint.recipients';
import type { Followup, FollowupEntry, FollowupRecord } from './followup.entities';
import {
  CLASSIFICATION_LABELS,
  DISPOSAL_LABELS,
  followupStaffToTell,
  needsOfficeApproval,
  type FollowupNoticeKind,
  type FollowupSweepStep,
} from './followup.rules';
import { afterDeadlineStep } from './deadline.rules';
import { RUNG_LABELS, type LadderStep } from './ladder.rules';
import type { Staff } from './org.entities';
import type { Cover } from './handover.rules';

export interface FollowupNoticeDraft {
  kind: FollowupNoticeKind | 'appeal.new';
  to: Recipient[];
  occasion: string | number;
  body: string;
}

export interface FollowupChange {
  patch: Partial<Followup>;
  entries: Omit<FollowupEntry, 'at'>[];
  notices: FollowupNoticeDraft[];
  appeal?: Appeal;
}

const toStaff = (ids: string[]): Recipient[] => ids.map((staffId) => ({ staffId }));
const residentOf = (f: Pick<Followup, 'subjectHash' | 'notifyOpenid'>): Recipient =>
  f.notifyOpenid ? { subjectHash: f.subjectHash, sealedOpenid: f.notifyOpenid } : { subjectHash: f.subjectHash };
const tell = (kind: FollowupNoticeKind, org: CaseOrg, f: Followup, occasion: string | number, body: string) => ({
  kind,
  to: toStaff(followupStaffToTell(kind, org, f)),
  occasion,
  body,
});
const snippet = (s: string, n = 30) => [...s].slice(0, n).join('');

/** A new follow-up's notice: to whoever the routing made its handler (or the office queue). */
export function openedNotices(org: CaseOrg, f: Followup, summary: string): FollowupNoticeDraft[] {
  return [tell('followup.new', org, f, 'opened', `差评回访：${snippet(summary) || '请尽快回访核实'}`)];
}

export function phoneLeft(f: Followup, phone: string, requestId: string): FollowupChange {
  return {
    patch: { callbackPhone: phone },
    entries: [{ kind: 'phoneLeft', byStaffId: null, text: '群众留下了回访电话', requestId }],
    notices: [],
  };
}

/**
 * The handler's record. 误评 / 恶意差评 take the 差评 out of the figures, so they wait for the
 * office (`appeal`: a classification appeal made in the same write); anything else reaches the
 * resident at once.
 */
export function recorded(
  f: Followup,
  org: CaseOrg,
  me: Staff,
  record: Omit<FollowupRecord, 'byStaffId' | 'at'>,
  now: Date,
  requestId: string,
  extra: { rectificationId?: string; appeal?: Appeal } = {},
): FollowupChange {
  const full: FollowupRecord = { ...record, byStaffId: me.id, at: now };
  const summary = `${CLASSIFICATION_LABELS[record.classification]} · ${DISPOSAL_LABELS[record.disposal]}：${record.content}`;
  if (needsOfficeApproval(record.classification) && extra.appeal) {
    return {
      patch: { status: 'approval', record: full },
      entries: [
        { kind: 'recorded', byStaffId: me.id, text: summary, requestId },
        { kind: 'approvalAsked', byStaffId: me.id, text: '核实为误评或恶意差评，报评议办审核', requestId },
      ],
      notices: [
        {
          kind: 'appeal.new',
          to: toStaff(followupStaffToTell('followup.review', org, f)),
          occasion: extra.appeal.id,
          body: `差评核实为${CLASSIFICATION_LABELS[record.classification]}，请审核`,
        },
      ],
      appeal: extra.appeal,
    };
  }
  return {
    patch: { status: 'answered', record: full, rectificationId: extra.rectificationId ?? f.rectificationId },
    entries: [{ kind: 'recorded', byStaffId: me.id, text: summary, requestId }],
    notices: [{ kind: 'followup.answered', to: [residentOf(f)], occasion: 'answered', body: '请查看回访结果并评价' }],
  };
}

/** The office's second look after 不满意: final, the resident is told, the case ends. */
export function reviewed(
  f: Followup,
  me: Staff,
  record: Omit<FollowupRecord, 'byStaffId' | 'at'>,
  now: Date,
  requestId: string,
  rectificationId?: string,
): FollowupChange {
  return {
    patch: {
      status: 'closed',
      record: { ...record, byStaffId: me.id, at: now },
      rectificationId: rectificationId ?? f.rectificationId,
      closedAt: now,
      notifyOpenid: null,
    },
    entries: [
      {
        kind: 'reviewed',
        byStaffId: me.id,
        text: `评议办复查：${CLASSIFICATION_LABELS[record.classification]} · ${DISPOSAL_LABELS[record.disposal]}：${record.content}`,
        requestId,
      },
    ],
    notices: [
      { kind: 'followup.answered', to: [residentOf(f)], occasion: 'reviewed', body: '评议办已复查，请查看结果' },
    ],
  };
}

/** The resident's view: satisfied ends it; not satisfied sends it to the office, with a new 7-day clock. */
export function followupRated(
  f: Followup,
  org: CaseOrg,
  satisfied: boolean,
  now: Date,
  reviewDueAt: Date,
  requestId: string,
): FollowupChange {
  if (satisfied) {
    return {
      patch: { status: 'closed', satisfied: true, closedAt: now, notifyOpenid: null },
      entries: [{ kind: 'rated', byStaffId: null, text: '群众对回访结果：满意', requestId }],
      notices: [],
    };
  }
  const next: Followup = {
    ...f,
    status: 'review',
    satisfied: false,
    dueAt: reviewDueAt,
    sweepStage: 'none',
    lastEscalatedOn: null,
  };
  return {
    patch: {
      status: 'review',
      satisfied: false,
      dueAt: reviewDueAt,
      sweepStage: 'none',
      ladderStep: 0,
      lastEscalatedOn: null,
    },
    entries: [{ kind: 'rated', byStaffId: null, text: '群众对回访结果：不满意，转评议办复查', requestId }],
    notices: [tell('followup.review', org, next, 'review', '群众对差评回访结果不满意，请复查')],
  };
}

/** The resident changed the rating to one that is not a 差评 before anyone recorded the follow-up. */
export function withdrawn(now: Date, requestId: string): FollowupChange {
  return {
    patch: { status: 'withdrawn', closedAt: now, nextSweepAt: null, notifyOpenid: null, callbackPhone: null },
    entries: [{ kind: 'withdrawn', byStaffId: null, text: '群众已将评价改为非差评，回访撤回', requestId }],
    notices: [],
  };
}

/**
 * The office's decision on a 误评 / 恶意差评 classification: upheld, the outcome reaches the
 * resident (who is never told of the appeal itself); refused, it goes back to the handler.
 */
export function approvalDecided(
  f: Followup,
  org: CaseOrg,
  appealId: string,
  upheld: boolean,
  decision: string,
): FollowupChange {
  if (upheld) {
    return {
      patch: { status: 'answered' },
      entries: [{ kind: 'approved', byStaffId: null, text: `评议办审核同意${decision ? `：${decision}` : ''}` }],
      notices: [{ kind: 'followup.answered', to: [residentOf(f)], occasion: 'answered', body: '请查看回访结果并评价' }],
    };
  }
  const next: Followup = { ...f, status: 'open', record: null };
  return {
    patch: { status: 'open', record: null },
    entries: [{ kind: 'refused', byStaffId: null, text: `评议办不同意该核实结果：${decision}，请重新核实` }],
    notices: [tell('followup.new', org, next, `refused:${appealId}`, `评议办退回差评核实结果：${snippet(decision)}`)],
  };
}

/** 整改结果反馈评价人: the rectification a 限期整改 opened was verified. */
export function followupRectified(f: Followup, rectificationId: string, result: string, now: Date): FollowupChange {
  return {
    patch: { rectifiedAt: now },
    entries: [{ kind: 'rectified', byStaffId: null, text: `整改已验收${result ? `：${result}` : ''}` }],
    notices: [
      {
        kind: 'followup.rectified',
        to: [residentOf(f)],
        occasion: rectificationId,
        body: result ? `整改结果：${snippet(result)}` : '您反映的问题已整改到位',
      },
    ],
  };
}

/** What the sweep does: a reminder, the due-day notice, overdue (handler and supervisors), or closing an unrated outcome. */
export function followupSwept(
  f: Followup,
  org: CaseOrg,
  step: FollowupSweepStep,
  now: Date,
  rungs: readonly LadderStep[] = [],
): FollowupChange {
  if (step.kind === 'autoClose') {
    return {
      patch: { status: 'closed', closedAt: now, notifyOpenid: null },
      entries: [{ kind: 'autoClosed', byStaffId: null, text: '群众未评价，自动办结' }],
      notices: [],
    };
  }
  const patch = afterDeadlineStep(step);
  const next = { ...f, ...patch };
  if (step.kind === 'remind') {
    return {
      patch,
      entries: [{ kind: 'reminded', byStaffId: null, text: '回访即将到期，已提醒' }],
      notices: [tell('followup.remind', org, next, 'remind', '差评回访即将到期，请尽快回访')],
    };
  }
  if (step.kind === 'dueDay') {
    return {
      patch,
      entries: [{ kind: 'dueDay', byStaffId: null, text: '回访今天到期' }],
      notices: [tell('followup.dueDay', org, next, 'dueDay', '差评回访今天到期')],
    };
  }
  // The 督办 ladder (domain/ladder.rules.ts), as for complaints: each rung due today, once per deadline.
  const round = f.status === 'review' ? 'review' : 'first';
  return {
    patch: { ...patch, ladderStep: f.ladderStep + rungs.length },
    entries: rungs.map((r) => ({
      kind: 'overdue' as const,
      byStaffId: null,
      text: `回访逾期 ${r.day} 天，已${RUNG_LABELS[r.rung]}`,
    })),
    notices: rungs.map((r, i) => {
      const occasion = `${round}:rung${f.ladderStep + i}`;
      switch (r.rung) {
        case 'urge':
          return tell('followup.overdue', org, next, occasion, `差评回访已逾期 ${r.day} 天，请立即处理（催办）`);
        case 'supervise':
          return tell('followup.escalated', org, next, occasion, `一件差评回访逾期 ${r.day} 天，请督办`);
        case 'report':
          return tell('followup.reported', org, next, occasion, `一件差评回访逾期 ${r.day} 天，予以通报`);
      }
    }),
  };
}

/** AB岗, as for complaints: the follow-up passes to the B post of a handler on leave, and back. */
export function followupHandedOver(f: Followup, org: CaseOrg, cover: Cover, date: string): FollowupChange {
  const from = org.staff.get(cover.from)?.name ?? '';
  const to = org.staff.get(cover.to)?.name ?? '';
  const text = cover.why === 'leave' ? `${from} 休假，由 ${to} 代为回访` : `${to} 休假结束，收回回访`;
  const next = { ...f, assigneeStaffId: cover.to, coveringFor: cover.coveringFor };
  return {
    patch: { assigneeStaffId: cover.to, coveringFor: cover.coveringFor },
    entries: [{ kind: 'handedOver', byStaffId: null, text }],
    notices: [tell('followup.new', org, next, `cover:${date}:${cover.to}`, `差评回访（AB岗：${text}）`)],
  };
}
