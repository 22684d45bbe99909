import { departmentsHeadedBy } from '../../domain/scope.rules';
import { fail } from '../../core/errors';
import { departmentName } from '../../app/card-views';
import { defineAction } from '../../core/define-action';

/** Browser residents get a device identity; a year is long enough to follow their own cases. */
const GUEST_TOKEN_TTL_S = 365 * 24 * 3600;

export const authGuest = defineAction({
  name: 'auth.guest',
  summary: 'Creates an anonymous device identity for a browser resident and returns its token.',
  async handler(_input, { deps, now }) {
    const subject = `guest:${deps.ids.next(24)}`;
    return { token: deps.tokens.sign({ subject }, GUEST_TOKEN_TTL_S, now) };
  },
});

/** A WeChat session lasts a week; the mini program logs in again silently when it lapses. */
const WX_SESSION_TTL_S = 7 * 24 * 3600;

export const authWxLogin = defineAction({
  name: 'auth.wxLogin',
  summary:
    'Self-hosted mini program: exchanges a wx.login code (code2Session) for a session token of that WeChat user.',
  async handler(input, { deps, now }) {
    if (!deps.wxLogin) throw fail('AUTH.WX_LOGIN_UNAVAILABLE');
    const openid = await deps.wxLogin.openidFor(input.code);
    return {
      token: deps.tokens.sign({ subject: `wx:${openid}` }, WX_SESSION_TTL_S, now),
      expiresAt: new Date(now.getTime() + WX_SESSION_TTL_S * 1000).toISOString(),
    };
  },
});

export const authMe = defineAction({
  name: 'auth.me',
  summary: "The caller's role and, for staff, their name, number and department.",
  async handler(_input, ctx) {
    const { role, staff } = ctx.caller;
    const localMode = ctx.deps.config.mode === 'local';
    if (!staff) return { role, localMode };
    const headOf = departmentsHeadedBy(await ctx.deps.store.org.departments(), staff.id);
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
