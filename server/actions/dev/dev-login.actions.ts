/** Local mode only: demo identities for trying the product as a resident, staff or admin. */
import { errors, fail } from '../../core/errors';
import { defineAction } from '../../core/define-action';
import { assertDevAccess } from './dev-gate';

const DEV_TOKEN_TTL_S = 30 * 24 * 3600;
export const DEMO_RESIDENTS = ['resident-1', 'resident-2', 'resident-3'];

export const devLogin = defineAction({
  name: 'dev.login',
  summary:
    'Local mode only: a token for any demo identity (resident, staff or admin). Every dev.* action takes `devKey`, the code `npm start` prints when others can reach it.',
  localOnly: true,
  async handler(input, { deps, now }) {
    assertDevAccess(deps.config, input.devKey);
    if (input.role === 'resident') {
      const name = input.residentName ?? DEMO_RESIDENTS[0];
      return { token: deps.tokens.sign({ subject: `dev:${name}` }, DEV_TOKEN_TTL_S, now), role: 'resident', name };
    }
    const all = await deps.store.org.staff();
    const staff = input.staffId ? all.find((s) => s.id === input.staffId) : all.find((s) => s.role === input.role);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    if (input.role === 'admin' && staff.role !== 'admin') {
      throw fail('DEV.ROLE_MISMATCH');
    }
    const token = deps.tokens.sign({ subject: `dev:staff:${staff.id}`, staffId: staff.id }, DEV_TOKEN_TTL_S, now);
    return { token, role: staff.role, staffId: staff.id, name: staff.name };
  },
});

export const devIdentities = defineAction({
  name: 'dev.identities',
  summary: 'Local mode only: the demo identities the switcher page offers.',
  localOnly: true,
  async handler(input, { deps }) {
    assertDevAccess(deps.config, input.devKey);
    const [staff, departments] = await Promise.all([deps.store.org.staff(), deps.store.org.departments()]);
    const dept = new Map(departments.map((d) => [d.id, d.name]));
    return {
      identities: [
        ...DEMO_RESIDENTS.map((name, i) => ({ role: 'resident' as const, residentName: name, label: `群众 ${i + 1}` })),
        ...staff.map((s) => ({
          role: s.role,
          staffId: s.id,
          label: `${s.role === 'admin' ? '管理员' : '工作人员'} ${s.name}（${s.number}，${dept.get(s.departmentId) ?? ''}）`,
        })),
      ],
    };
  },
});
