/**
 * 整改: the office opens an item (from a complaint, a 差评 pattern or a report line) for a
 * department or a person, with a plan and a due date; the owner reports progress and hands it
 * in; the office verifies or returns it. Every change is versioned and commits with its notices.
 */
import { departmentsHeadedBy, isHeadOf } from '../../domain/scope.rules';
import type { RectificationBrief, RectificationDetail } from '../../contract/rectification.schema';
import {
  isRectOverdue,
  RECT_SOURCE_LABELS,
  RECT_STATUS_LABELS,
  rectNextSweepAt,
} from '../../domain/rectification.rules';
import { shanghaiDate } from '../../contract/dates';
import { errors, fail } from '../../core/errors';
import type { Staff } from '../../ports/store';
import type { OutboxItem } from '../../ports/complaint-store';
import type { Rectification, RectificationEntry } from '../../ports/rectifications';
import { defineAction, type ActionContext, type StaffCaller } from '../../core/define-action';
import { rectNotices } from '../../app/rectification-notices';
import { caseRectified } from '../../app/complaint-flow';
import { openRectification } from '../../app/rectification-open';
import { followupRectifiedBy } from '../../app/followup-flow';

const ENTRY_LABELS: Record<RectificationEntry['kind'], string> = {
  created: '下发整改',
  progress: '报告进展',
  submitted: '整改报结',
  returned: '验收退回',
  verified: '验收通过',
  dueDay: '今日到期提醒',
  overdue: '逾期督办',
};

const notFound = () => errors.notFound('RECTIFICATION.NOT_FOUND', '该整改事项');

async function access(ctx: ActionContext<StaffCaller>, r: Rectification) {
  const me = ctx.caller.staff;
  const head = isHeadOf(await ctx.deps.store.org.departmentById(r.ownerDepartmentId), me.id);
  const owner = r.ownerStaffId === me.id || head;
  return { me, read: me.role === 'admin' || owner, report: owner || me.role === 'admin', verify: me.role === 'admin' };
}

async function load(ctx: ActionContext<StaffCaller>, id: string) {
  const r = await ctx.deps.store.rectifications.byId(id);
  if (!r) throw notFound();
  const can = await access(ctx, r);
  // Someone else's item is as unknown as a missing one.
  if (!can.read) throw notFound();
  return { r, can };
}

async function brief(ctx: ActionContext, r: Rectification, staff: Map<string, Staff>): Promise<RectificationBrief> {
  const [department, complaint] = await Promise.all([
    ctx.deps.store.org.departmentById(r.ownerDepartmentId),
    r.complaintId ? ctx.deps.store.complaints.byId(r.complaintId) : null,
  ]);
  const owner = r.ownerStaffId ? staff.get(r.ownerStaffId) : undefined;
  return {
    id: r.id,
    problem: r.problem,
    source: r.sourceKind,
    sourceLabel: RECT_SOURCE_LABELS[r.sourceKind],
    trackingNo: complaint?.trackingNo ?? null,
    ownerDepartment: { id: r.ownerDepartmentId, name: department?.name ?? '' },
    ownerStaff: owner ? { id: owner.id, name: owner.name } : null,
    dueOn: r.dueOn,
    status: r.status,
    statusLabel: RECT_STATUS_LABELS[r.status],
    overdue: isRectOverdue(r, ctx.now),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function detail(
  ctx: ActionContext,
  r: Rectification,
  can: Awaited<ReturnType<typeof access>>,
): Promise<RectificationDetail> {
  const staff = new Map((await ctx.deps.store.org.staff()).map((s) => [s.id, s]));
  return {
    ...(await brief(ctx, r, staff)),
    complaintId: r.complaintId,
    sourceNote: r.sourceNote,
    plan: r.plan,
    createdAt: r.createdAt.toISOString(),
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    entries: r.entries.map((e) => ({
      at: e.at.toISOString(),
      by: e.byStaffId ? (staff.get(e.byStaffId)?.name ?? '') : '系统',
      kind: e.kind,
      label: ENTRY_LABELS[e.kind],
      text: e.text,
    })),
    can: { report: can.report && r.status === 'open', verify: can.verify && r.status === 'submitted' },
  };
}

/** Writes the next version with its notices; someone else's change in between is a conflict. */
async function change(
  ctx: ActionContext,
  r: Rectification,
  patch: Partial<Rectification>,
  entry: RectificationEntry,
  outbox: OutboxItem[],
) {
  const next: Rectification = {
    ...r,
    ...patch,
    entries: [...r.entries, entry],
    updatedAt: ctx.now,
    version: r.version + 1,
  };
  next.nextSweepAt = rectNextSweepAt(next);
  const saved = await ctx.deps.store.rectifications.transition(next, outbox);
  if (!saved) throw fail('RECTIFICATION.CONFLICT');
  return saved;
}

export const rectificationCreate = defineAction({
  name: 'rectification.create',
  summary:
    'Admin: opens a rectification item (整改) from a complaint, a 差评 pattern, a report line or otherwise, for a department ' +
    'or one of its staff, with the plan and a due date; the owner is notified. Idempotent on requestId.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    if (input.dueOn < shanghaiDate(ctx.now)) throw errors.invalid([{ path: 'dueOn', message: '整改期限不能早于今天' }]);
    const department = await store.org.departmentById(input.ownerDepartmentId);
    if (!department) throw errors.notFound('DEPARTMENT.NOT_FOUND', '该部门');
    if (input.ownerStaffId && (await store.org.staffById(input.ownerStaffId))?.departmentId !== department.id) {
      throw errors.invalid([{ path: 'ownerStaffId', message: '责任人不在该部门' }]);
    }
    if (input.complaintId && !(await store.complaints.byId(input.complaintId)))
      throw errors.notFound('COMPLAINT.NOT_FOUND', '该投诉');
    const row = await openRectification(ctx, me, {
      sourceKind: input.source,
      complaintId: input.complaintId ?? null,
      sourceNote: input.sourceNote ?? '',
      problem: input.problem,
      ownerDepartmentId: department.id,
      ownerStaffId: input.ownerStaffId ?? null,
      plan: input.plan ?? '',
      dueOn: input.dueOn,
    });
    return detail(ctx, row, await access(ctx, row));
  },
});

export const rectificationList = defineAction({
  name: 'rectification.list',
  summary:
    'Rectification items, earliest due first: admins all (or one department), a head their department’s, staff those ' +
    'named on them; filter by status (open, submitted, verified, or overdue).',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    const headOf = departmentsHeadedBy(await store.org.departments(), me.id);
    const statuses = input.status === 'overdue' ? (['open'] as const) : input.status ? [input.status] : undefined;
    const filter = { statuses: statuses ? [...statuses] : undefined };
    let rows: Rectification[];
    if (me.role === 'admin')
      rows = await store.rectifications.list({ ...filter, ownerDepartmentId: input.departmentId }, 500);
    else {
      if (input.departmentId && !headOf.includes(input.departmentId)) throw fail('RECTIFICATION.FORBIDDEN_SCOPE');
      const lists = await Promise.all([
        ...headOf
          .filter((d) => !input.departmentId || d === input.departmentId)
          .map((d) => store.rectifications.list({ ...filter, ownerDepartmentId: d }, 500)),
        input.departmentId ? Promise.resolve([]) : store.rectifications.list({ ...filter, ownerStaffId: me.id }, 500),
      ]);
      const byId = new Map(lists.flat().map((r) => [r.id, r]));
      rows = [...byId.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
    }
    if (input.status === 'overdue') rows = rows.filter((r) => isRectOverdue(r, ctx.now));
    const staff = new Map((await store.org.staff()).map((s) => [s.id, s]));
    return { items: await Promise.all(rows.map((r) => brief(ctx, r, staff))) };
  },
});

export const rectificationGet = defineAction({
  name: 'rectification.get',
  summary: 'One rectification item with its history, for the office, its owner and the owner department’s head.',
  async handler(input, ctx) {
    const { r, can } = await load(ctx, input.rectificationId);
    return detail(ctx, r, can);
  },
});

export const rectificationReport = defineAction({
  name: 'rectification.report',
  summary:
    'The owner (or the head, or the office) reports progress on an open item; `done: true` hands it in for verification.',
  async handler(input, ctx) {
    const { r, can } = await load(ctx, input.rectificationId);
    if (!can.report) throw errors.forbidden();
    const me = ctx.caller.staff;
    // A retried report finds its own entry: nothing is added twice.
    if (
      r.entries.some(
        (e) => e.byStaffId === me.id && e.text === input.text && e.at.getTime() >= ctx.now.getTime() - 10 * 60_000,
      )
    ) {
      return detail(ctx, r, can);
    }
    if (r.status !== 'open') throw fail('RECTIFICATION.ILLEGAL_TRANSITION', RECT_STATUS_LABELS[r.status]);
    const done = input.done === true;
    const outbox = done
      ? await rectNotices(
          ctx.deps.store,
          'rect.submitted',
          r,
          ctx.now,
          r.version,
          `${r.problem.slice(0, 10)}… 已报结，请验收`,
        )
      : [];
    const saved = await change(
      ctx,
      r,
      done ? { status: 'submitted' } : {},
      { at: ctx.now, byStaffId: me.id, kind: done ? 'submitted' : 'progress', text: input.text },
      outbox,
    );
    return detail(ctx, saved, can);
  },
});

export const rectificationVerify = defineAction({
  name: 'rectification.verify',
  summary:
    'Admin: verifies an item handed in (验收) — accepted closes it; returned reopens it with the reason; the owner is notified.',
  async handler(input, ctx) {
    const { r, can } = await load(ctx, input.rectificationId);
    const me = ctx.caller.staff;
    const kind = input.accept ? 'verified' : 'returned';
    const last = r.entries[r.entries.length - 1];
    // 整改结果反馈评价人: the complainant of the source case reads what was put right (once; a retry
    // after a crash between the two writes completes it).
    const tellComplainant = async (item: Rectification) => {
      if (!input.accept) return;
      const result = [...item.entries].reverse().find((e) => e.kind === 'submitted')?.text ?? '';
      if (item.complaintId) await caseRectified(ctx, item.complaintId, item.id, result);
      if (item.followupId) await followupRectifiedBy(ctx, item.followupId, item.id, result);
    };
    // The same verdict arriving twice (a retry) answers with the item as it is.
    if (last?.kind === kind && last.byStaffId === me.id && r.status === (input.accept ? 'verified' : 'open')) {
      await tellComplainant(r);
      return detail(ctx, r, can);
    }
    if (r.status !== 'submitted') throw fail('RECTIFICATION.ILLEGAL_TRANSITION');
    const body = input.accept ? '整改已通过验收' : `验收未通过：${input.comment}`;
    const outbox = await rectNotices(
      ctx.deps.store,
      input.accept ? 'rect.verified' : 'rect.returned',
      r,
      ctx.now,
      r.version,
      body,
    );
    const saved = await change(
      ctx,
      r,
      input.accept ? { status: 'verified', verifiedAt: ctx.now } : { status: 'open' },
      { at: ctx.now, byStaffId: me.id, kind, text: input.comment ?? '' },
      outbox,
    );
    await tellComplainant(saved);
    return detail(ctx, saved, can);
  },
});
