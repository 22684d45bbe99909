import { defineAction } from '../../core/define-action';

export const orgList = defineAction({
  name: 'org.list',
  summary: 'The whole organisation: departments, windows (A/B posts), staff, matters (admin).',
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
  async handler(_input, ctx) {
    const { org } = ctx.deps.store;
    const staff = ctx.caller.staff;
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

export const orgDepartments = defineAction({
  name: 'org.departments',
  summary: 'The departments with their supervision phone, for a complaint not tied to a card or window.',
  async handler(_input, { deps }) {
    const departments = await deps.store.org.departments();
    return { departments: departments.map((d) => ({ id: d.id, name: d.name, supervisionPhone: d.supervisionPhone })) };
  },
});

export const orgStaffDirectory = defineAction({
  name: 'org.staffDirectory',
  summary: 'Colleagues a case can be transferred to (staff): name, number and department only.',
  async handler(_input, { deps }) {
    const [staff, departments] = await Promise.all([deps.store.org.staff(), deps.store.org.departments()]);
    const names = new Map(departments.map((d) => [d.id, d.name]));
    return {
      staff: staff.map((s) => ({
        id: s.id,
        name: s.name,
        number: s.number,
        departmentId: s.departmentId,
        departmentName: names.get(s.departmentId) ?? '',
      })),
    };
  },
});
