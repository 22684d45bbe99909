/** The evaluation office's overview: figures only, scoped by who asks. */
import { departmentsHeadedBy } from '../../domain/scope.rules';
import { audit } from '../../app/audit-trail';
import type { StatsRankingsInput } from '../../contract/stats.schema';
import { addDaysToDate, daysBetween, shanghaiDate, startOfShanghaiDay } from '../../contract/dates';
import { levelLabel } from '../../domain/evaluation.rules';
import { followupFigures, isCalendarPeriod, overview, rank } from '../../domain/stats.rules';
import { trend } from '../../domain/trend.rules';
import { errors, fail } from '../../core/errors';
import { defineAction, type ActionContext, type StaffCaller } from '../../core/define-action';

const MAX_DAYS = 400;
const startOf = startOfShanghaiDay;

export const statsOverview = defineAction({
  name: 'stats.overview',
  summary:
    'Figures for a period and a scope: evaluations, 满意率, 差评率, levels, dimension averages; complaints, on-time ' +
    'reply rate, overdue now, reopen rate; 限时办结 of the cards (按时办结率, open overdue, 补正, 退回). Admins see any scope; a department head their department; staff ' +
    'their own. Below 5 evaluations, figures show as null with 样本不足 to anyone but admins.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const { scope, viewer } = await resolveScope(input, ctx);
    const filter = { from: startOf(input.from), to: startOf(addDaysToDate(input.to, 1)), ...scope };
    const [e, c, f, cards] = await Promise.all([
      store.stats.evaluations(filter),
      store.stats.complaints(filter, ctx.now),
      store.followups.figures(filter),
      store.stats.cards(filter, ctx.now),
    ]);
    return {
      from: input.from,
      to: input.to,
      scope,
      ...overview(e, c, viewer),
      followups: followupFigures(e, f, viewer),
      cards,
    };
  },
});

export const statsTrend = defineAction({
  name: 'stats.trend',
  summary:
    'Evaluations, 满意率 and 差评率 by week (Monday–Sunday) or month over a period, for the same scopes as ' +
    'stats.overview; a bucket below 5 evaluations shows no rate to anyone but admins.',
  async handler(input, ctx) {
    const { scope, viewer } = await resolveScope(input, ctx);
    const byDay = await ctx.deps.store.stats.levelsByDay({
      from: startOf(input.from),
      to: startOf(addDaysToDate(input.to, 1)),
      ...scope,
    });
    return {
      from: input.from,
      to: input.to,
      by: input.by,
      scope,
      buckets: trend(byDay, input.from, input.to, input.by, viewer),
    };
  },
});

type Scope = { departmentId?: string; windowId?: string; staffId?: string; matterId?: string };

/**
 * Who may see which figures: admins any scope; a department head their department (or a window
 * or person in it); anyone else only their own. No scope asked means "mine".
 */
async function resolveScope(
  input: Scope & { from: string; to: string },
  ctx: ActionContext<StaffCaller>,
): Promise<{ scope: Scope; viewer: 'office' | 'restricted' }> {
  const { store } = ctx.deps;
  if (daysBetween(input.from, input.to) > MAX_DAYS) {
    throw errors.invalid([{ path: 'to', message: `统计时段最长 ${MAX_DAYS} 天` }]);
  }
  const me = ctx.caller.staff;
  const scope: Scope = {
    departmentId: input.departmentId,
    windowId: input.windowId,
    staffId: input.staffId,
    matterId: input.matterId,
  };
  if (me.role !== 'admin' && !isCalendarPeriod(input.from, input.to)) throw customPeriodRefused();
  if (me.role !== 'admin') {
    const headOf = departmentsHeadedBy(await store.org.departments(), me.id);
    // No scope asked: a head gets their department, anyone else their own figures.
    if (!scope.departmentId && !scope.windowId && !scope.staffId && !scope.matterId) {
      if (headOf.length) scope.departmentId = headOf[0];
      else scope.staffId = me.id;
    }
    const staff = scope.staffId ? await store.org.staffById(scope.staffId) : null;
    const window = scope.windowId ? await store.org.windowById(scope.windowId) : null;
    const matter = scope.matterId ? await store.org.matterById(scope.matterId) : null;
    const department = scope.departmentId ?? staff?.departmentId ?? window?.departmentId ?? matter?.departmentId;
    const ownFigures = scope.staffId === me.id && !scope.departmentId && !scope.windowId && !scope.matterId;
    const headsDepartment =
      department !== undefined &&
      headOf.includes(department) &&
      (!staff || staff.departmentId === department) &&
      (!window || window.departmentId === department) &&
      (!scope.matterId || matter?.departmentId === department);
    if (!ownFigures && !headsDepartment) {
      throw fail('STATS.FORBIDDEN_SCOPE');
    }
    if (headsDepartment) scope.departmentId = department;
  }
  const clean = Object.fromEntries(Object.entries(scope).filter(([, v]) => v)) as Scope;
  return { scope: clean, viewer: me.role === 'admin' ? 'office' : 'restricted' };
}

/** Heads and staff: whole months, quarters and years only (see isCalendarPeriod). */
export const customPeriodRefused = () => fail('STATS.CALENDAR_PERIOD_ONLY');

export const PUBLIC_RESULTS_KEY = 'public.results';

export const statsPublish = defineAction({
  name: 'stats.publish',
  summary: 'Admin: switches the public results page (department-level figures for residents) on or off.',
  async handler(input, ctx) {
    const before = await ctx.deps.store.settings.get<{ enabled: boolean }>(PUBLIC_RESULTS_KEY);
    await ctx.deps.store.settings.put(PUBLIC_RESULTS_KEY, {
      enabled: input.enabled,
      by: ctx.caller.staff.id,
      at: ctx.now.toISOString(),
    });
    await audit(ctx, {
      kind: 'results.publish',
      target: `setting:${PUBLIC_RESULTS_KEY}`,
      summary: input.enabled ? '向群众公开评议结果' : '停止公开评议结果',
      before: { enabled: before?.enabled ?? false },
      after: { enabled: input.enabled },
    });
    return { enabled: input.enabled };
  },
});

export const statsPublic = defineAction({
  name: 'stats.public',
  summary:
    'For anyone, when the office has switched it on: each department’s month — evaluations, 满意率, complaints, on-time reply rate.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const setting = await store.settings.get<{ enabled: boolean }>(PUBLIC_RESULTS_KEY);
    if (!setting?.enabled) throw fail('RESULTS.NOT_PUBLISHED');
    const month = input.month ?? shanghaiDate(ctx.now).slice(0, 7);
    const [y, m] = month.split('-').map(Number);
    const from = startOf(`${month}-01`);
    const to = startOf(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
    const departments = await store.org.departments();
    const rows = await Promise.all(
      departments.map(async (d) => {
        const f = { from, to, departmentId: d.id };
        const [e, c] = await Promise.all([store.stats.evaluations(f), store.stats.complaints(f, ctx.now)]);
        // Residents get what staff get: no rate from fewer than five evaluations.
        const o = overview(e, c, 'restricted');
        return {
          id: d.id,
          name: d.name,
          evaluations: e.count,
          satisfactionRate: o.satisfactionRate,
          complaints: c.count,
          onTimeRate: o.complaints.onTimeRate,
        };
      }),
    );
    return { month, departments: rows };
  },
});

export const statsRankings = defineAction({
  name: 'stats.rankings',
  summary:
    'Rankings of departments (office), windows or staff (office, or a head within their department) by 满意率 for a ' +
    'period; fewer than 5 evaluations are not ranked.',
  async handler(input, ctx) {
    return { from: input.from, to: input.to, by: input.by, rows: await rankings(input, ctx) };
  },
});

/** The rows of stats.rankings, for the action and for its Excel export. */
export async function rankings(input: StatsRankingsInput, ctx: ActionContext<StaffCaller>) {
  const { store } = ctx.deps;
  if (daysBetween(input.from, input.to) > MAX_DAYS)
    throw errors.invalid([{ path: 'to', message: `统计时段最长 ${MAX_DAYS} 天` }]);
  const me = ctx.caller.staff;
  const departments = await store.org.departments();
  let departmentId = input.departmentId;
  if (me.role !== 'admin' && !isCalendarPeriod(input.from, input.to)) throw customPeriodRefused();
  if (me.role !== 'admin') {
    const headOf = departmentsHeadedBy(departments, me.id);
    departmentId ??= headOf[0];
    if (input.by === 'department' || !departmentId || !headOf.includes(departmentId)) {
      throw fail('STATS.FORBIDDEN_SCOPE', 'rankings');
    }
  }
  const filter = {
    from: startOf(input.from),
    to: startOf(addDaysToDate(input.to, 1)),
    ...(departmentId ? { departmentId } : {}),
  };
  const field = ({ department: 'departmentId', window: 'windowId', staff: 'staffId' } as const)[input.by];
  const levels = await store.stats.levelsBy(field, filter);
  const inScope = <T extends { departmentId: string }>(xs: T[]) =>
    departmentId ? xs.filter((x) => x.departmentId === departmentId) : xs;
  const subjects =
    input.by === 'department'
      ? departments.map((d) => ({ id: d.id, name: d.name }))
      : input.by === 'window'
        ? inScope(await store.org.windows()).map((w) => ({ id: w.id, name: w.name }))
        : inScope(await store.org.staff()).map((s) => ({ id: s.id, name: `${s.name}（${s.number}）` }));
  const none = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  return rank(
    subjects.map((s) => ({ ...s, levels: levels[s.id] ?? none })),
    me.role === 'admin' ? 'office' : 'restricted',
  );
}

const COMMENTS_MAX = 50;

export const statsComments = defineAction({
  name: 'stats.comments',
  summary:
    'The newest 50 evaluation comments of a period, for the office only (403 for heads and staff: single comments are ' +
    'not statistics): no evaluator identity, dated by day.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    if (daysBetween(input.from, input.to) > MAX_DAYS)
      throw errors.invalid([{ path: 'to', message: `统计时段最长 ${MAX_DAYS} 天` }]);
    const me = ctx.caller.staff;
    const departments = await store.org.departments();
    let departmentId = input.departmentId;
    if (me.role !== 'admin') {
      const headOf = departmentsHeadedBy(departments, me.id);
      departmentId ??= headOf[0];
      if (!departmentId || !headOf.includes(departmentId)) throw fail('STATS.FORBIDDEN_SCOPE', 'comments');
    }
    const [rows, windows, staff] = await Promise.all([
      store.stats.recentComments(
        {
          from: startOf(input.from),
          to: startOf(addDaysToDate(input.to, 1)),
          ...(departmentId ? { departmentId } : {}),
        },
        COMMENTS_MAX,
      ),
      store.org.windows(),
      store.org.staff(),
    ]);
    const name = <T extends { id: string; name: string }>(xs: T[], id: string | null) =>
      id ? (xs.find((x) => x.id === id)?.name ?? '') : '';
    return {
      comments: rows.map((r) => ({
        date: shanghaiDate(r.createdAt),
        department: name(departments, r.departmentId),
        window: name(windows, r.windowId),
        staff: name(staff, r.staffId),
        level: r.level,
        levelLabel: levelLabel(r.level),
        tags: r.tags,
        comment: r.comment,
      })),
    };
  },
});
