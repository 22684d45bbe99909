/**
 * Managing the organisation (the office): departments with their head and supervision phone,
 * windows with their A/B posts, staff with number, backup, leave and role, matters with their
 * type, promised days and notes. Each save creates (no id) or updates; references are checked.
 */
import { errors } from '../../core/errors';
import type { Department, Matter, Staff, Window } from '../../ports/store';
import { defineAction, type ActionContext } from '../../core/define-action';
import { audit, staffFacts } from '../../app/audit-trail';
import { cardDayKind } from '../../app/settings';
import { emptyMatterNotice, type MaterialForm, type MaterialItem } from '../../contract/card.schema';

const ROLE_WORDS = { staff: '工作人员', admin: '管理员' } as const;

const invalid = (path: string, message: string) => errors.invalid([{ path, message }]);

async function department(ctx: ActionContext, id: string) {
  const d = await ctx.deps.store.org.departmentById(id);
  if (!d) throw invalid('departmentId', '部门不存在');
  return d;
}

async function staffIn(ctx: ActionContext, id: string | null | undefined, departmentId: string, path: string) {
  if (!id) return null;
  const s = await ctx.deps.store.org.staffById(id);
  if (!s) throw invalid(path, '人员不存在');
  if (s.departmentId !== departmentId) throw invalid(path, `${s.name} 不在本部门`);
  return s;
}

export const orgSaveDepartment = defineAction({
  name: 'org.saveDepartment',
  summary: 'Admin: creates (no id) or updates a department — name, head (one of its staff), supervision phone.',
  async handler(input, ctx) {
    const { org } = ctx.deps.store;
    const before = input.id ? await org.departmentById(input.id) : null;
    if (input.id && !before) throw errors.notFound('DEPARTMENT.NOT_FOUND', '该部门');
    if ((await org.departments()).some((d) => d.name === input.name && d.id !== input.id))
      throw invalid('name', '已有同名部门');
    const id = input.id ?? `DEPT${ctx.deps.ids.next(12)}`;
    await staffIn(ctx, input.headStaffId, id, 'headStaffId');
    const d: Department = {
      id,
      name: input.name,
      headStaffId: input.headStaffId ?? null,
      supervisionPhone: input.supervisionPhone,
    };
    await org.putDepartment(d);
    await audit(ctx, {
      kind: 'org.department',
      target: `department:${d.id}`,
      summary: `${before ? '修改' : '新增'}部门 ${d.name}`,
      before,
      after: d,
    });
    return d;
  },
});

export const orgSaveWindow = defineAction({
  name: 'org.saveWindow',
  summary:
    'Admin: creates (no id) or updates a window — name, department, A post holder and B post backup (both of that department).',
  async handler(input, ctx) {
    const { org } = ctx.deps.store;
    const before = input.id ? await org.windowById(input.id) : null;
    if (input.id && !before) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口');
    await department(ctx, input.departmentId);
    if (
      (await org.windows()).some(
        (w) => w.name === input.name && w.departmentId === input.departmentId && w.id !== input.id,
      )
    ) {
      throw invalid('name', '本部门已有同名窗口');
    }
    await staffIn(ctx, input.aStaffId, input.departmentId, 'aStaffId');
    await staffIn(ctx, input.bStaffId, input.departmentId, 'bStaffId');
    const w: Window = {
      id: input.id ?? `WIN${ctx.deps.ids.next(12)}`,
      name: input.name,
      departmentId: input.departmentId,
      aStaffId: input.aStaffId ?? null,
      bStaffId: input.bStaffId ?? null,
    };
    await org.putWindow(w);
    await audit(ctx, {
      kind: 'org.window',
      target: `window:${w.id}`,
      summary: `${before ? '修改' : '新增'}窗口 ${w.name}`,
      before,
      after: w,
    });
    return w;
  },
});

export const orgSaveStaff = defineAction({
  name: 'org.saveStaff',
  summary:
    'Admin: creates (no id) or updates a staff member — number (unique), name, department, role, B-post backup, leave periods.',
  async handler(input, ctx) {
    const { org } = ctx.deps.store;
    const existing = input.id ? await org.staffById(input.id) : null;
    if (input.id && !existing) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    await department(ctx, input.departmentId);
    const everyone = await org.staff();
    if (everyone.some((s) => s.number === input.number && s.id !== input.id)) throw invalid('number', '工号已被使用');
    if (input.backupStaffId && !everyone.some((s) => s.id === input.backupStaffId))
      throw invalid('backupStaffId', '备岗人员不存在');
    // Someone must be left to run the office.
    if (
      existing?.role === 'admin' &&
      input.role !== 'admin' &&
      everyone.filter((s) => s.role === 'admin').length === 1
    ) {
      throw invalid('role', '至少需要保留一名管理员');
    }
    const s: Staff = {
      id: input.id ?? `STAFF${ctx.deps.ids.next(12)}`,
      number: input.number,
      name: input.name,
      departmentId: input.departmentId,
      role: input.role,
      backupStaffId: input.backupStaffId ?? null,
      leave: input.leave ?? existing?.leave ?? [],
      openid: existing?.openid ?? null,
    };
    await org.putStaff(s);
    // A role change (who may run the office) is its own kind, so the office can find every one.
    const roleChanged = existing ? existing.role !== s.role : s.role === 'admin';
    await audit(ctx, {
      kind: roleChanged ? 'org.role' : 'org.staff',
      target: `staff:${s.id}`,
      summary: roleChanged
        ? `${s.name}（${s.number}）角色：${existing ? ROLE_WORDS[existing.role] : '新增'} → ${ROLE_WORDS[s.role]}`
        : `${existing ? '修改' : '新增'}人员 ${s.name}（${s.number}）`,
      before: staffFacts(existing),
      after: staffFacts(s),
    });
    const { openid, ...view } = s;
    return { ...view, bound: Boolean(openid) };
  },
});

/** A 材料清单 item as stored: a bare name is one original. */
export function materialOf(item: string | { name: string; form?: MaterialForm; count?: number }): MaterialItem {
  return typeof item === 'string'
    ? { name: item, form: 'original', count: 1 }
    : { name: item.name, form: item.form ?? 'original', count: item.count ?? 1 };
}

export const orgSaveMatter = defineAction({
  name: 'org.saveMatter',
  summary:
    'Admin: creates (no id) or updates a matter (办事事项) — department, name, type, 承诺时限 (caps a card’s promise) and 法定时限 in working or natural days, and the 一次性告知: 受理条件, 材料清单, 办理流程, 收费, 设定依据, other notes. Fields left out keep their values.',
  async handler(input, ctx) {
    const { org } = ctx.deps.store;
    const before = input.id ? await org.matterById(input.id) : null;
    if (input.id && !before) throw errors.notFound('MATTER.NOT_FOUND', '该事项');
    await department(ctx, input.departmentId);
    if ((await org.mattersByDepartment(input.departmentId)).some((m) => m.name === input.name && m.id !== input.id)) {
      throw invalid('name', '本部门已有同名事项');
    }
    // An update that leaves a field out keeps it (an older client, or a form showing part of it).
    const was = before?.notice ?? emptyMatterNotice();
    const m: Matter = {
      id: input.id ?? `MAT${ctx.deps.ids.next(12)}`,
      departmentId: input.departmentId,
      name: input.name,
      type: input.type,
      promisedDays: input.promisedDays,
      legalDays: input.legalDays !== undefined ? input.legalDays : (before?.legalDays ?? null),
      dayKind: input.dayKind ?? before?.dayKind ?? (await cardDayKind(ctx.deps.store)),
      notes: input.notes ?? before?.notes ?? '',
      notice: {
        conditions: input.conditions ?? was.conditions,
        materials: input.materials ? input.materials.map(materialOf) : was.materials,
        process: input.process ?? was.process,
        fee: input.fee ?? was.fee,
        basis: input.basis ?? was.basis,
      },
    };
    if (m.legalDays !== null && m.promisedDays > m.legalDays) {
      throw invalid('promisedDays', `承诺时限不能超过法定时限（${m.legalDays} 天）`);
    }
    await org.putMatter(m);
    await audit(ctx, {
      kind: 'org.matter',
      target: `matter:${m.id}`,
      summary: `${before ? '修改' : '新增'}事项 ${m.name}`,
      before,
      after: m,
    });
    return m;
  },
});
