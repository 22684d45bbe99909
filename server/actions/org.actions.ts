import { orgListInput, orgMattersInput } from '../contract/org.schema';
import { callerOf, defineAction } from './define';

export const orgList = defineAction({
  name: 'org.list',
  summary: 'The whole organisation: departments, windows (A/B posts), staff, matters (admin).',
  input: orgListInput,
  access: ['admin'],
  async handler(_input, { deps }) {
    const { org } = deps.store;
    const [departments, windows, staff, matters] = await Promise.all([
      org.departments(),
      org.windows(),
      org.staff(),
      org.matters(),
    ]);
    return {
      departments,
      windows,
      // The OPENID itself never leaves the server; the office only needs to know it is bound.
      staff: staff.map(({ openid, ...s }) => ({ ...s, bound: Boolean(openid) })),
      matters,
    };
  },
});

export const orgMatters = defineAction({
  name: 'org.matters',
  summary: "The caller's department's matters and windows, to fill in a card (staff).",
  input: orgMattersInput,
  access: ['staff', 'admin'],
  async handler(_input, ctx) {
    const { org } = ctx.deps.store;
    const staff = callerOf(ctx).staff!;
    const [matters, windows, department] = await Promise.all([
      org.mattersByDepartment(staff.departmentId),
      org.windows(),
      org.departmentById(staff.departmentId),
    ]);
    return {
      matters,
      windows: windows.filter((w) => w.departmentId === staff.departmentId).map((w) => ({ id: w.id, name: w.name })),
      defaultSupervisionPhone: department?.supervisionPhone ?? '',
    };
  },
});
