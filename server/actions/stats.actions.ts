/** The evaluation office's overview: figures only, scoped by who asks. */
import { statsOverviewInput } from '../contract/stats.schema';
import { addDaysToDate, daysBetween, endOfShanghaiDay } from '../domain/shanghai-time';
import { overview } from '../domain/stats.rules';
import { AppError, errors } from '../errors';
import { callerOf, defineAction } from './define';

const MAX_DAYS = 400;
/** 00:00 of a Shanghai date as an instant. */
const startOf = (date: string) => new Date(endOfShanghaiDay(addDaysToDate(date, -1)).getTime() + 1);

export const statsOverview = defineAction({
  name: 'stats.overview',
  summary:
    'Figures for a period and a scope: evaluations, 满意率, 差评率, levels, dimension averages; complaints, on-time ' +
    'reply rate, overdue now, reopen rate. Admins see any scope; a department head their department; staff ' +
    'their own. Below 5 evaluations, figures show as null with 样本不足 to anyone but admins.',
  input: statsOverviewInput,
  access: ['staff', 'admin'],
  async handler(input, ctx) {
    const { store } = ctx.deps;
    if (daysBetween(input.from, input.to) > MAX_DAYS) {
      throw errors.invalid([{ path: 'to', message: `统计时段最长 ${MAX_DAYS} 天` }]);
    }
    const me = callerOf(ctx).staff!;
    const scope = { departmentId: input.departmentId, windowId: input.windowId, staffId: input.staffId };
    if (me.role !== 'admin') {
      const headOf = (await store.org.departments()).filter((d) => d.headStaffId === me.id).map((d) => d.id);
      // No scope asked: a head gets their department, anyone else their own figures.
      if (!scope.departmentId && !scope.windowId && !scope.staffId) {
        if (headOf.length) scope.departmentId = headOf[0];
        else scope.staffId = me.id;
      }
      const staff = scope.staffId ? await store.org.staffById(scope.staffId) : null;
      const window = scope.windowId ? await store.org.windowById(scope.windowId) : null;
      const department = scope.departmentId ?? staff?.departmentId ?? window?.departmentId;
      const ownFigures = scope.staffId === me.id && !scope.departmentId && !scope.windowId;
      const headsDepartment = department !== undefined && headOf.includes(department) &&
        (!staff || staff.departmentId === department) && (!window || window.departmentId === department);
      if (!ownFigures && !headsDepartment) {
        throw new AppError('STATS.FORBIDDEN_SCOPE', '只能查看本人的统计；部门负责人可查看本部门', 403);
      }
      if (headsDepartment) scope.departmentId = department;
    }
    const filter = { from: startOf(input.from), to: startOf(addDaysToDate(input.to, 1)), ...scope };
    const [e, c] = await Promise.all([store.stats.evaluations(filter), store.stats.complaints(filter, ctx.now)]);
    const clean = Object.fromEntries(Object.entries(scope).filter(([, v]) => v)) as typeof scope;
    return { from: input.from, to: input.to, scope: clean, ...overview(e, c, me.role === 'admin' ? 'office' : 'restricted') };
  },
});
