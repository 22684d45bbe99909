/** How a follow-up reads to its handler, to the office and to the resident. */
import type { FollowupBrief, FollowupDetail, FollowupOutcome, MyFollowup } from '../contract/followup.schema';
import { LEVELS } from '../contract/evaluation';
import type { Followup } from '../ports/followups';
import type { Store } from '../ports/store';
import {
  CALLBACK_LABELS,
  CLASSIFICATION_LABELS,
  DISPOSAL_LABELS,
  FOLLOWUP_STATUS_LABELS,
  judgeFollowup,
  type FollowupRelation,
} from '../domain/followup.rules';
import { maskPhone } from '../domain/complaint.rules';
import { RECT_STATUS_LABELS } from '../domain/rectification.rules';
import type { OrgIndex } from './complaint-views';

const levelLabel = (level: number) => LEVELS.find((l) => l.level === level)?.label ?? String(level);

const ENTRY_LABELS: Record<Followup['entries'][number]['kind'], string> = {
  opened: '差评回访',
  phoneLeft: '留下电话',
  recorded: '回访记录',
  approvalAsked: '报评议办审核',
  approved: '审核同意',
  refused: '审核退回',
  rated: '群众评价',
  reviewed: '评议办复查',
  rectified: '整改验收',
  withdrawn: '撤回',
  reminded: '到期提醒',
  dueDay: '今日到期',
  overdue: '逾期督办',
  autoClosed: '自动办结',
  phoneRevealed: '查看电话',
  handedOver: 'AB岗',
};

export function followupBrief(f: Followup, org: OrgIndex, now: Date): FollowupBrief {
  return {
    id: f.id,
    status: f.status,
    statusLabel: FOLLOWUP_STATUS_LABELS[f.status],
    level: f.level,
    levelLabel: levelLabel(f.level),
    title: f.title,
    departmentName: org.departments.get(f.departmentId)?.name ?? '',
    dueAt: f.dueAt.toISOString(),
    overdue: (f.status === 'open' || f.status === 'review') && now > f.dueAt,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

function outcomeOf(f: Followup): FollowupOutcome | null {
  const r = f.record;
  if (!r) return null;
  return {
    callbackLabel: CALLBACK_LABELS[r.callback],
    classification: r.classification,
    classificationLabel: CLASSIFICATION_LABELS[r.classification],
    disposal: r.disposal,
    disposalLabel: DISPOSAL_LABELS[r.disposal],
    content: r.content,
    at: r.at.toISOString(),
  };
}

export async function followupDetail(
  store: Store,
  f: Followup,
  org: OrgIndex,
  relations: ReadonlySet<FollowupRelation>,
  now: Date,
): Promise<FollowupDetail> {
  const [evaluation, rect] = await Promise.all([
    store.evaluations.byId(f.evaluationId),
    f.rectificationId ? store.rectifications.byId(f.rectificationId) : null,
  ]);
  const name = (id: string | null) => (id ? (org.staff.get(id)?.name ?? '') : null);
  const rated = f.staffId ? org.staff.get(f.staffId) : undefined;
  return {
    ...followupBrief(f, org, now),
    evaluation: {
      level: evaluation?.level ?? f.level,
      tags: evaluation?.tags ?? [],
      comment: evaluation?.comment ?? '',
      at: (evaluation?.createdAt ?? f.createdAt).toISOString(),
    },
    ratedStaff: rated ? { id: rated.id, name: rated.name } : null,
    assignee: f.assigneeStaffId ? { id: f.assigneeStaffId, name: name(f.assigneeStaffId) ?? '' } : null,
    callbackPhone: f.callbackPhone ? maskPhone(f.callbackPhone) : null,
    outcome: outcomeOf(f),
    rectification: rect
      ? { id: rect.id, status: RECT_STATUS_LABELS[rect.status], verifiedAt: rect.verifiedAt?.toISOString() ?? null }
      : null,
    satisfied: f.satisfied,
    timeline: f.entries
      .filter((e) => e.kind !== 'phoneRevealed' || relations.has('admin'))
      .map((e) => ({
        at: e.at.toISOString(),
        kind: e.kind,
        label: ENTRY_LABELS[e.kind],
        text: e.text,
        by: e.byStaffId ? name(e.byStaffId) : null,
      })),
    can: {
      record: judgeFollowup('record', f.status, relations) === 'ok',
      review: judgeFollowup('review', f.status, relations) === 'ok',
      revealPhone: !!f.callbackPhone && judgeFollowup('revealPhone', f.status, relations) === 'ok',
    },
    now: now.toISOString(),
  };
}

/** The resident's view: the outcome without the classification (误评 / 恶意差评 is the office's business). */
export function myFollowup(f: Followup): MyFollowup {
  const o = outcomeOf(f);
  // While the office checks a 误评 / 恶意差评 classification the resident sees the case as open.
  const shown = f.status === 'approval' ? 'open' : f.status;
  return {
    followupId: f.id,
    status: shown,
    statusLabel: FOLLOWUP_STATUS_LABELS[shown],
    outcome:
      o && f.status !== 'approval'
        ? {
            callbackLabel: o.callbackLabel,
            disposal: o.disposal,
            disposalLabel: o.disposalLabel,
            content: o.content,
            at: o.at,
          }
        : null,
    rectified: f.rectifiedAt ? { at: f.rectifiedAt.toISOString() } : null,
    satisfied: f.satisfied,
    canRate: f.status === 'answered',
  };
}
