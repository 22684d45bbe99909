import { authGuestInput, authMeInput } from '../contract/auth.schema';
import { departmentName } from './views';
import { callerOf, defineAction } from './define';

/** Browser residents get a device identity; a year is long enough to follow their own cases. */
const GUEST_TOKEN_TTL_S = 365 * 24 * 3600;

export const authGuest = defineAction({
  name: 'auth.guest',
  summary: 'Creates an anonymous device identity for a browser resident and returns its token.',
  input: authGuestInput,
  access: 'public',
  async handler(_input, { deps, now }) {
    const subject = `guest:${deps.ids.next(24)}`;
    return { token: deps.tokens.sign({ subject }, GUEST_TOKEN_TTL_S, now) };
  },
});

export const authMe = defineAction({
  name: 'auth.me',
  summary: "The caller's role and, for staff, their name, number and department.",
  input: authMeInput,
  access: 'identified',
  async handler(_input, ctx) {
    const { role, staff } = callerOf(ctx);
    const localMode = ctx.deps.config.mode === 'local';
    if (!staff) return { role, localMode };
    const headOf = (await ctx.deps.store.org.departments()).filter((d) => d.headStaffId === staff.id).map((d) => d.id);
    return {
      role,
      localMode,
      headOf,
      staff: {
        id: staff.id,
        name: staff.name,
        number: staff.number,
        departmentName: await departmentName(ctx.deps.store, staff.departmentId),
      },
    };
  },
});
