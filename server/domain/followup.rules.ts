/**
 * Follow-up rules (差评回访核实, GB/T 39734 §9: "差评 … 专人回访核实 … 整改结果反馈评价人"): who
 * handles a 差评, who may do what in which state, what the sweep owes it. Pure functions.
 *
 * The rated person never handles or reads the follow-up of their own 差评 (DOMAIN.md §5): it
 * goes to the head of their department — the head's B post while the head is away — and to the
 * office when the rated person is the head or nobody else can take it.
 */
import type { Followup, FollowupClassification, FollowupStatus } from './followup.entities';
import type { Staff } from './org.entities';
import { deadlineStep, nextDeadlineSweep, type DeadlineStep, type DeadlineTimes } from './deadline.rules';
import { officeHandlers, type CaseOrg } from './complaint.recipients';

/** Level ≤ 2 is a 差评 (不满意, 非常不满意). */
export const FOLLOWUP_MAX_LEVEL = 2;

export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, string> = {
  open: '待回访',
  approval: '待评议办审核',
  answered: '已回访',
  review: '评议办复查中',
  closed: '已办结',
  withdrawn: '已撤回',
};

export const CLASSIFICATION_LABELS: Record<FollowupClassification, string> = {
  true: '属实',
  partly: '部分属实',
  untrue: '不属实',
  mistaken: '误评',
  malicious: '恶意差评',
};

/** 误评 and 恶意差评 take a 差评 out of the figures: the office decides (申诉复核), never the department alone. */
export const needsOfficeApproval = (c: FollowupClassification) => c === 'mistaken' || c === 'malicious';

export const DISPOSAL_LABELS = { fixed: '立行立改', rectify: '限期整改', explained: '解释说明' } as const;
export const CALLBACK_LABELS = { reached: '已联系上', unreached: '未联系上', none: '未留电话' } as const;

/**
 * How a caller stands to a follow-up:
 * - `handler`: its assignee, or any office member while it waits in the office's queue (or for
 *   the office's approval or review);
 * - `head`: the head of the rated person's department, while the department handles it;
 * - `admin`: the office, which supervises every follow-up;
 * - `resident`: the resident who gave the 差评;
 * - `subject`: the rated person — never anything else.
 */
export type FollowupRelation = 'handler' | 'head' | 'admin' | 'resident' | 'subject';

export function followupRelations(
  me: Staff | null,
  residentHash: string | null,
  f: Followup,
  org: CaseOrg,
): Set<FollowupRelation> {
  const out = new Set<FollowupRelation>();
  if (residentHash && residentHash === f.subjectHash) out.add('resident');
  if (!me) return out;
  if (f.staffId === me.id) {
    out.add('subject');
    return out;
  }
  const officeQueue = f.assigneeStaffId === null || f.status === 'review' || f.status === 'approval';
  if (me.role === 'admin') out.add('admin');
  if (f.assigneeStaffId === me.id && !officeQueue) out.add('handler');
  if (officeQueue && me.role === 'admin') out.add('handler');
  const head = org.departments.get(f.departmentId)?.headStaffId;
  if (head === me.id && f.assigneeStaffId !== null) out.add('head');
  return out;
}

export type FollowupCommand = 'record' | 'review' | 'rate' | 'revealPhone' | 'decide';

const RULES: Record<FollowupCommand, { from: readonly FollowupStatus[]; by: readonly FollowupRelation[] }> = {
  record: { from: ['open'], by: ['handler', 'head'] },
  // The office's second look after 不满意: its record is final.
  review: { from: ['review'], by: ['admin'] },
  rate: { from: ['answered'], by: ['resident'] },
  revealPhone: { from: ['open', 'approval', 'answered', 'review', 'closed'], by: ['handler', 'head'] },
  decide: { from: ['approval'], by: ['admin'] },
};

export const FOLLOWUP_VIEWERS: readonly FollowupRelation[] = ['handler', 'head', 'admin', 'resident'];

/** `forbidden` (403) when no relation allows the command; `illegal` (409) when the state does not. */
export function judgeFollowup(
  command: FollowupCommand,
  status: FollowupStatus,
  relations: ReadonlySet<FollowupRelation>,
): 'ok' | 'forbidden' | 'illegal' {
  if (relations.has('subject')) return 'forbidden';
  const rule = RULES[command];
  if (!rule.by.some((r) => relations.has(r))) return 'forbidden';
  return rule.from.includes(status) ? 'ok' : 'illegal';
}

// ---- who is told -------------------------------------------------------------------------------

export type FollowupNoticeKind =
  | 'followup.new'
  | 'followup.remind'
  | 'followup.dueDay'
  | 'followup.overdue'
  | 'followup.escalated'
  | 'followup.reported'
  | 'followup.answered'
  | 'followup.review'
  | 'followup.rectified';

/** The staff told of a follow-up notice; never the rated person. */
export function followupStaffToTell(kind: FollowupNoticeKind, org: CaseOrg, f: Followup): string[] {
  const office = () => officeHandlers(org, f).map((s) => s.id);
  const handlers = () => (f.assigneeStaffId ? [f.assigneeStaffId] : office());
  const ids = (() => {
    switch (kind) {
      case 'followup.new':
      case 'followup.remind':
      case 'followup.dueDay':
        return handlers();
      case 'followup.overdue':
        return f.assigneeStaffId ? [f.assigneeStaffId] : [];
      case 'followup.escalated':
        return [org.departments.get(f.departmentId)?.headStaffId, ...office()].filter(
          (id): id is string => !!id && id !== f.assigneeStaffId,
        );
      case 'followup.review':
      case 'followup.reported':
        return office();
      default:
        return [];
    }
  })();
  return [...new Set(ids)].filter((id) => id !== f.staffId);
}

// ---- the sweep ---------------------------------------------------------------------------------

export interface FollowupTimes extends DeadlineTimes {
  /** An outcome nobody rated closes itself after this many days. */
  autoCloseDays: number;
}

export type FollowupSweepStep = DeadlineStep | { kind: 'autoClose' };

const DAY = 24 * 3600 * 1000;

/** When the sweep next owes this follow-up something; null when nothing. */
export function followupNextSweepAt(f: Followup, s: FollowupTimes): Date | null {
  if (f.status === 'answered') return f.record ? new Date(f.record.at.getTime() + s.autoCloseDays * DAY) : null;
  if (f.status === 'open' || f.status === 'review') return nextDeadlineSweep(f, s);
  return null;
}

export function followupSweepStep(f: Followup, now: Date, s: FollowupTimes): FollowupSweepStep | null {
  const at = followupNextSweepAt(f, s);
  if (!at || at > now) return null;
  if (f.status === 'answered') return { kind: 'autoClose' };
  return deadlineStep(f, now, s);
}
