/**
 * How a case reads to whoever asks: the complainant sees their own case in full; staff see
 * the case without the complainant's identity, the phone masked (hidden when anonymous).
 */
import { officeHandlers } from '../domain/complaint.recipients';
import { isHeadOf } from '../domain/scope.rules';
import {
  RATING_LABELS,
  STATUS_LABELS,
  type ComplaintBrief,
  type ComplaintDetail,
  type StaffRef,
  type TimelineEntry,
} from '../contract/complaint.schema';
import { APPEAL_WINDOW_DAYS } from '../contract/followup.schema';
import {
  awaitingSuperviseReply,
  EXTENSION_LABELS,
  judge,
  maskPhone,
  reviewOpen,
  type Relation,
} from '../domain/complaint.rules';
import type { Caller } from '../security/identity';
import type { CaseEvent, Complaint } from '../ports/complaint-store';
import type { Department, Staff, Store } from '../ports/store';
import { dueText } from './complaint-notices';

export interface OrgIndex {
  staff: Map<string, Staff>;
  departments: Map<string, Department>;
}

export async function orgIndex(store: Store): Promise<OrgIndex> {
  const [staff, departments] = await Promise.all([store.org.staff(), store.org.departments()]);
  return { staff: new Map(staff.map((s) => [s.id, s])), departments: new Map(departments.map((d) => [d.id, d])) };
}

/** Everyone who has held the case, from its timeline. */
export function pastHandlers(events: CaseEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) {
    for (const key of ['to', 'from']) if (typeof e.data[key] === 'string') ids.add(e.data[key] as string);
  }
  return ids;
}

/** The admin a reopened office case is kept from (whose reply was rated 不满意), if any. */
export function excludedFromOffice(events: CaseEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind === 'reopened' || e.kind === 'reviewRequested')
      return typeof e.data.exclude === 'string' ? e.data.exclude : null;
  }
  return null;
}

/** How the caller stands to the case (see Relation in complaint.rules.ts). */
export function relationsOf(
  caller: Caller,
  c: Complaint,
  residentHash: string,
  org: OrgIndex,
  events: CaseEvent[],
): Set<Relation> {
  const r = new Set<Relation>();
  if (c.subjectHash === residentHash) r.add('complainant');
  const me = caller.staff;
  if (!me) return r;
  // The person complained about: no handling, no reading, whatever their role.
  if (c.staffId === me.id) {
    r.add('subject');
    if (events.some((e) => e.kind === 'statementAsked')) r.add('witness');
    return r;
  }
  const inOfficeQueue = c.assigneeStaffId === null;
  if (c.assigneeStaffId === me.id) r.add('assignee').add('handler');
  if (pastHandlers(events).has(me.id)) r.add('handled');
  if (isHeadOf(org.departments.get(c.departmentId), me.id) && (!inOfficeQueue || c.status === 'rejected'))
    r.add('head');
  // The head supervises whoever else handles the department's case; the office supervises the rest.
  const head = org.departments.get(c.departmentId)?.headStaffId ?? null;
  const headSupervises = c.assigneeStaffId !== null && head !== null && head !== c.assigneeStaffId;
  if (c.assigneeStaffId !== me.id && (me.role === 'admin' || (headSupervises && head === me.id))) r.add('supervisor');
  if (me.role === 'admin') {
    r.add('admin');
    if (inOfficeQueue && officeHandlers(org, c, excludedFromOffice(events)).some((s) => s.id === me.id))
      r.add('handler');
  }
  return r;
}

/** Who handles the case, by role, as the complainant is told: "不动产登记科 负责人" / "评议办". */
export function handledByText(c: Pick<Complaint, 'assigneeStaffId' | 'departmentId'>, org: OrgIndex): string {
  if (!c.assigneeStaffId) return '评议办';
  const assignee = org.staff.get(c.assigneeStaffId);
  const department = org.departments.get(c.departmentId);
  if (!assignee || !department) return '评议办';
  if (department.headStaffId === assignee.id) return `${department.name} 负责人`;
  const head = department.headStaffId ? org.staff.get(department.headStaffId) : undefined;
  if (head?.backupStaffId === assignee.id) return `${department.name} 负责人（B岗代办）`;
  return org.departments.get(assignee.departmentId)?.name ?? department.name;
}

const staffRef = (org: OrgIndex, id: string | null): StaffRef | null => {
  const s = id ? org.staff.get(id) : undefined;
  return s ? { staffId: s.id, name: s.name } : null;
};
const nameOf = (org: OrgIndex, id: unknown) =>
  typeof id === 'string' ? (org.staff.get(id)?.name ?? '工作人员') : '监督室';

const SKIP_REASONS: Record<string, string> = {
  'on-leave': '休假',
  unreachable: '未绑定微信无法通知',
  missing: '人员不存在',
  'complained-about': '为被投诉人',
};

/** Why the case went where it did, for staff (routing.ts RouteReason). */
const ROUTE_REASONS: Record<string, string> = {
  'about-head': '投诉涉及部门负责人',
  integrity: '廉洁问题',
};

/** One line per event, worded for a resident or for staff. */
function eventText(e: CaseEvent, org: OrgIndex, forStaff: boolean, departmentId: string): string | null {
  const d = e.data;
  const handlerOf = (to: unknown) =>
    handledByText({ assigneeStaffId: typeof to === 'string' ? to : null, departmentId }, org);
  switch (e.kind) {
    case 'filed':
      return forStaff ? '群众提交投诉' : '您提交了投诉';
    case 'routed': {
      if (!forStaff) return `已交由 ${handlerOf(d.to)} 办理`;
      const to = d.to ? `交由 ${nameOf(org, d.to)} 办理` : '交由评议办办理';
      const skipped = ((d.steps as { staffId: string; skipped?: string }[]) ?? []).flatMap((s) =>
        s.skipped ? [`${nameOf(org, s.staffId)}${SKIP_REASONS[s.skipped] ?? ''}`] : [],
      );
      const why = typeof d.reason === 'string' && ROUTE_REASONS[d.reason] ? [ROUTE_REASONS[d.reason]] : [];
      return [...why, ...skipped, to].join('，');
    }
    case 'transferred':
      return forStaff
        ? `${nameOf(org, d.from)} 转交 ${nameOf(org, d.to)}：${String(d.reason ?? '')}`
        : `已转交 ${nameOf(org, d.to)} 办理`;
    case 'reminded':
      return d.stage === 'dueDay' ? '今天到期，已提醒办理人' : '即将到期，已提醒办理人';
    case 'escalated':
      return d.rung === 'urge'
        ? `已逾期 ${Number(d.day ?? 1)} 天，已催办`
        : d.rung === 'report'
          ? `逾期 ${Number(d.day ?? 5)} 天，已通报评议办`
          : d.rung === 'supervise'
            ? `逾期 ${Number(d.day ?? 3)} 天，已发督办单`
            : '已逾期，已报部门负责人和监督室督办';
    case 'superviseReplied':
      return forStaff ? `${nameOf(org, e.actorStaffId)} 回复督办单：${String(d.content ?? '')}` : null;
    case 'extensionRequested':
      return forStaff
        ? `${nameOf(org, e.actorStaffId)} 申请延期 ${Number(d.days)} 天：${String(d.reason ?? '')}`
        : null;
    case 'extensionDecided':
      return d.approve
        ? `已批准延期 ${Number(d.days)} 天，答复期限 ${dueText(new Date(String(d.replyDueAt)))}`
        : forStaff
          ? `延期申请未获批准${d.reason ? `：${String(d.reason)}` : ''}`
          : null;
    case 'replied':
      return `${nameOf(org, e.actorStaffId)} 已答复`;
    case 'rated':
      return `${forStaff ? '群众' : '您'}对答复的评价：${RATING_LABELS[d.rating as keyof typeof RATING_LABELS] ?? ''}${d.comment ? `（${String(d.comment)}）` : ''}`;
    case 'reopened':
      return `重新办理：交由 ${forStaff ? nameOf(org, d.to) : handlerOf(d.to)}，答复期限 ${dueText(new Date(String(d.replyDueAt)))}`;
    case 'reviewRequested':
      return `${forStaff ? '投诉人' : '您'}对不予受理申请复核${d.reason ? `：${String(d.reason)}` : ''}，交由评议办复核，答复期限 ${dueText(new Date(String(d.replyDueAt)))}`;
    case 'closed':
      return d.reason === 'unrated' ? '答复后 7 天未评价，自动办结（未评价）' : '已办结';
    case 'rejected':
      return `不予受理：${String(d.reason ?? '')}`;
    case 'phoneRevealed':
      return forStaff ? `${nameOf(org, e.actorStaffId)} 查看了联系电话` : null;
    case 'statementAsked':
      return forStaff ? `${nameOf(org, e.actorStaffId)} 请 ${nameOf(org, d.to)} 说明情况` : null;
    case 'statementGiven':
      return forStaff ? `${nameOf(org, e.actorStaffId)} 的情况说明：${String(d.content ?? '')}` : null;
    case 'rectified':
      return `投诉反映的问题已整改并通过验收${d.result ? `：${String(d.result)}` : ''}`;
  }
}

export function briefOf(c: Complaint, org: OrgIndex, now: Date): ComplaintBrief {
  const label =
    c.source === 'department'
      ? (org.departments.get(c.departmentId)?.name ?? '')
      : (staffRef(org, c.staffId)?.name ?? org.departments.get(c.departmentId)?.name ?? '');
  return {
    complaintId: c.id,
    trackingNo: c.trackingNo,
    category: c.category,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status],
    createdAt: c.createdAt.toISOString(),
    replyDueAt: c.replyDueAt.toISOString(),
    overdue: c.status === 'pending' && now > c.replyDueAt,
    excerpt: [...c.content.split('\n')[0]].slice(0, 40).join(''),
    subject: { kind: c.source, label },
    handledBy: handledByText(c, org),
  };
}

export function detailOf(
  c: Complaint,
  events: CaseEvent[],
  relations: Set<Relation>,
  org: OrgIndex,
  now: Date,
  photoLink: (fileId: string) => string,
): ComplaintDetail {
  const isComplainant = relations.has('complainant');
  const forStaff = !isComplainant;
  // The person complained about, asked for a statement, reads what was said and nothing that leads to who said it.
  const asWitness = relations.has('witness');
  const phone = !c.contactPhone
    ? null
    : isComplainant
      ? c.contactPhone
      : c.anonymous
        ? null
        : maskPhone(c.contactPhone);
  const timeline: TimelineEntry[] = [];
  for (const e of events) {
    if (asWitness && e.kind !== 'statementAsked' && e.kind !== 'statementGiven') continue;
    const text = eventText(e, org, forStaff, c.departmentId);
    if (text) timeline.push({ at: e.at.toISOString(), kind: e.kind, text });
  }
  const can = (cmd: Parameters<typeof judge>[0]) => judge(cmd, c.status, relations) === 'ok';
  const brief = briefOf(c, org, now);
  return {
    ...brief,
    trackingNo: asWitness ? '' : brief.trackingNo,
    content: c.content,
    photos: asWitness ? [] : c.photos.map((fileId) => ({ fileId, url: photoLink(fileId) })),
    anonymous: c.anonymous,
    department: { id: c.departmentId, name: org.departments.get(c.departmentId)?.name ?? '' },
    assignee: staffRef(org, c.assigneeStaffId),
    reply: c.reply
      ? { content: c.reply.content, at: c.reply.at.toISOString(), by: nameOf(org, c.reply.byStaffId) }
      : null,
    rating: c.rating ? { rating: c.rating, label: RATING_LABELS[c.rating], comment: c.ratingComment } : null,
    rejectReason: c.rejectReason,
    reopenCount: c.reopenCount,
    contactPhone: asWitness ? null : phone,
    timeline,
    can: {
      reply: can('reply'),
      transfer: can('transfer'),
      reject: can('reject'),
      rate: can('rate'),
      revealPhone: can('revealPhone') && !c.anonymous && Boolean(c.contactPhone),
      requestReview: can('requestReview') && reviewOpen(c, events, now),
      askStatement: can('askStatement') && c.staffId !== null,
      giveStatement: can('giveStatement'),
      requestExtension: can('requestExtension') && c.extension === null,
      decideExtension: can('decideExtension') && c.extension?.status === 'pending',
      superviseReply: can('superviseReply') && awaitingSuperviseReply(c, events),
      appeal: asWitness && now.getTime() - c.createdAt.getTime() <= APPEAL_WINDOW_DAYS * 24 * 3600 * 1000,
    },
    extension:
      forStaff && c.extension
        ? {
            days: c.extension.days,
            reason: c.extension.reason,
            status: c.extension.status,
            statusLabel: EXTENSION_LABELS[c.extension.status],
          }
        : null,
    now: now.toISOString(),
  };
}
