/** 绩效考核: heads and the office enter scores; grades are computed under the quotas. */
import { shanghaiPeriod } from '../../contract/dates';
import { departmentsHeadedBy, isHeadOf } from '../../domain/scope.rules';
import { audit } from '../../app/audit-trail';
import { ACCOUNTABILITY_KEY } from '../accountability/accountability.actions';
import { consequence, DEFAULT_ACCOUNTABILITY, type AccountabilityRules } from '../../domain/accountability.rules';
import { DEFAULT_ASSESSMENT, grade, type AssessmentConfig } from '../../domain/assessment.rules';

/** Settings key overriding DEFAULT_ASSESSMENT (weights, levelPoints, quotas, thresholds). */
export const ASSESSMENT_KEY = 'assessment.rules';
import { errors, fail } from '../../core/errors';
import type { Staff } from '../../ports/store';
import { defineAction, type ActionContext, type StaffCaller } from '../../core/define-action';

/** The rule in words, from the configuration in force. */
export function rulesText(c: AssessmentConfig): string {
  const pc = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `互评 ${pc(c.weights.peer)} + 负责人评分 ${pc(c.weights.head)} + 服务对象评价 ${pc(c.weights.residents)}（自评记录但不计分）；` +
    `A ≤ ${pc(c.quotas.a)}、A+B ≤ ${pc(c.quotas.ab)}（向下取整），同分同档，跨档的同分组一并归入较低档；` +
    `其余按总分：C ≥ ${c.thresholds.c}，D ≥ ${c.thresholds.d}，E < ${c.thresholds.d}；缺互评或负责人评分者不定档。`
  );
}

/** Whether the caller may score or see this person: the office anyone, a head their department. */
export async function mayAssess(ctx: ActionContext<StaffCaller>, staff: Staff): Promise<boolean> {
  const me = ctx.caller.staff;
  if (me.role === 'admin') return true;
  const department = await ctx.deps.store.org.departmentById(staff.departmentId);
  return isHeadOf(department, me.id) && staff.id !== me.id;
}

export const forbidden = () => fail('ASSESSMENT.FORBIDDEN');

export const assessmentScore = defineAction({
  name: 'assessment.score',
  summary: 'Enters (or changes) a person’s peer, head or self score for a year; fields left out stay as they were.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const staff = await store.org.staffById(input.staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    if (!(await mayAssess(ctx, staff))) throw forbidden();
    const current = (await store.assessments.scores(input.year)).find((s) => s.staffId === staff.id);
    const next = {
      year: input.year,
      staffId: staff.id,
      peer: input.peer !== undefined ? input.peer : (current?.peer ?? null),
      head: input.head !== undefined ? input.head : (current?.head ?? null),
      self: input.self !== undefined ? input.self : (current?.self ?? null),
      enteredByStaffId: ctx.caller.staff.id,
      updatedAt: ctx.now,
    };
    await store.assessments.putScore(next);
    const scores = (s: { peer: number | null; head: number | null; self: number | null } | undefined) =>
      s ? { peer: s.peer, head: s.head, self: s.self } : null;
    await audit(ctx, {
      kind: 'assessment.score',
      target: `staff:${staff.id}`,
      summary: `${input.year} 年考核评分：${staff.name}（${staff.number}）`,
      before: scores(current),
      after: scores(next),
    });
    return { year: next.year, staffId: next.staffId, peer: next.peer, head: next.head, self: next.self };
  },
});

export const assessmentCompute = defineAction({
  name: 'assessment.compute',
  summary:
    'Grades A–E for a year (per department, or the whole organisation for the office) under the quotas, with the rule used.',
  async handler(input, ctx) {
    const { departmentId, staff, config } = await assessmentSheet(ctx, input.year, input.departmentId);
    return { year: input.year, departmentId, rules: rulesText(config), staff };
  },
});

/** The graded sheet for a year and scope, with each person's 责任追究 consequence: the action and its Excel export. */
export async function assessmentSheet(
  ctx: ActionContext<StaffCaller>,
  year: number,
  askedDepartmentId: string | undefined,
) {
  const input = { year, departmentId: askedDepartmentId };
  const { store } = ctx.deps;
  const me = ctx.caller.staff;
  const departments = await store.org.departments();
  const headOf = departmentsHeadedBy(departments, me.id);
  const departmentId = input.departmentId ?? (me.role === 'admin' ? null : (headOf[0] ?? null));
  if (me.role !== 'admin' && (!departmentId || !headOf.includes(departmentId))) throw forbidden();
  if (departmentId && !departments.some((d) => d.id === departmentId))
    throw errors.notFound('DEPARTMENT.NOT_FOUND', '该部门');

  const names = new Map(departments.map((d) => [d.id, d.name]));
  // The head does not grade themself; the office grades everyone in scope.
  const people = (await store.org.staff()).filter(
    (s) => (!departmentId || s.departmentId === departmentId) && (me.role === 'admin' || s.id !== me.id),
  );
  const { from, to } = shanghaiPeriod(`${input.year}-01-01`, `${input.year}-12-31`);
  // Weights, level points, quotas and thresholds are configuration ('assessment.rules'), the seed's by default.
  const config = {
    ...DEFAULT_ASSESSMENT,
    ...((await store.settings.get<Partial<AssessmentConfig>>(ASSESSMENT_KEY)) ?? {}),
  };
  const [scores, levels] = await Promise.all([
    store.assessments.scores(input.year),
    store.stats.levelsBy('staffId', { from, to, ...(departmentId ? { departmentId } : {}) }),
  ]);
  const byStaff = new Map(scores.map((s) => [s.staffId, s]));
  const none = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const graded = grade(
    people.map((p) => ({
      staffId: p.id,
      peer: byStaff.get(p.id)?.peer ?? null,
      head: byStaff.get(p.id)?.head ?? null,
      self: byStaff.get(p.id)?.self ?? null,
      levels: levels[p.id] ?? none,
    })),
    config,
  );
  const rows = graded.map((g, i) => {
    const p = people[i];
    const l = levels[p.id] ?? none;
    return {
      staffId: p.id,
      name: p.name,
      number: p.number,
      departmentName: names.get(p.departmentId) ?? '',
      peer: byStaff.get(p.id)?.peer ?? null,
      head: byStaff.get(p.id)?.head ?? null,
      self: byStaff.get(p.id)?.self ?? null,
      residents: g.residents,
      evaluations: l[1] + l[2] + l[3] + l[4] + l[5],
      total: g.total,
      grade: g.grade,
      rank: g.rank,
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.number.localeCompare(b.number));
  const records = await store.accountability.forYear(year);
  const rules = (await store.settings.get<AccountabilityRules>(ACCOUNTABILITY_KEY)) ?? DEFAULT_ACCOUNTABILITY;
  const staff = rows.map((r) => {
    const c = consequence(
      records.filter((x) => x.staffId === r.staffId).map((x) => x.kind),
      rules,
    );
    return { ...r, deductionPct: c.deductionPct, awardEligible: c.awardEligible, ineligibleReason: c.reason };
  });
  return { departmentId, staff, config };
}
