/**
 * Staff sign-in on a PC browser, where there is no WeChat identity: a password the staff member
 * sets with a one-time bind code from the office (the same code that binds a WeChat account), then
 * 工号 + password. Wrong passwords slow down the address they come from (domain/rate.rules.ts
 * SIGN_IN) instead of locking the 工号, so nobody can keep a colleague — or the admin — out by
 * guessing at their 工号; a wrong 工号 and a wrong password get the same answer in the same time,
 * so neither can be probed.
 */
import { audit } from '../../app/audit-trail';
import { errors, fail, withDetails } from '../../core/errors';
import { subjectHash } from '../../security/identity';
import { pairAttempts, retryAfterS, SIGN_IN, signInWaitS, waitText, windowStart } from '../../domain/rate.rules';
import { codeHash } from '../../security/bind-codes';
import { defineAction, type ActionContext } from '../../core/define-action';
import { decoyHash, hashPassword, verifyPassword } from '../../security/password';

/** A working day: a PC left signed in overnight asks again in the morning. */
const STAFF_SESSION_TTL_S = 12 * 3600;
const HOUR_S = 3600;
/** A claim lost to a concurrent attempt of the same pair is read again this many times. */
const CLAIM_TRIES = 5;

/**
 * The attempt counters of one sign-in, as keyed hashes: no 工号 or address is stored. The
 * address is the client's; a host that knows none (a cloud function) gives the caller's identity,
 * which a stranger cannot share with the staff member either.
 */
function signInKeys(ctx: ActionContext, number: string, now: Date) {
  const from = ctx.meta.ip ? `ip:${ctx.meta.ip}` : ctx.principal ? `principal:${ctx.principal.subject}` : 'unknown';
  const hash = (s: string) => subjectHash(ctx.deps.config.identityPepper, s);
  return {
    pair: `auth.staffLogin|pair|${hash(`signin-pair:${number}|${from}`)}`,
    address: `auth.staffLogin|address|${windowStart(now, HOUR_S).toISOString()}|${hash(`signin-address:${from}`)}`,
    account: `auth.staffLogin|number|${hash(`number:${number}`)}`,
  };
}

const refuse = (retryAfter: number, what: 'password' | 'login') =>
  withDetails(fail('RATE.LIMITED', waitText(retryAfter), what), { retryAfter });

export const authSetPassword = defineAction({
  name: 'auth.setPassword',
  summary:
    'PC sign-in: sets (or resets) the password of the staff record a one-time bind code names; the code is used up.',
  async handler(input, ctx) {
    const { deps, now } = ctx;
    const { store, config } = deps;
    const staffId = await store.bindCodes.consume(codeHash(config.identityPepper, input.code as string), now);
    if (!staffId) throw fail('AUTH.BAD_BIND_CODE');
    const staff = await store.org.staffById(staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    await store.passwords.put({ staffId, hash: await hashPassword(input.password), updatedAt: now });
    deps.logger.info('auth.password_set', { staffId });
    await audit(ctx, {
      kind: 'auth.password',
      target: `staff:${staff.id}`,
      summary: `${staff.name}（${staff.number}）设置了电脑登录密码`,
      actor: staff,
    });
    return { staff: { id: staff.id, name: staff.name, number: staff.number } };
  },
});

export const authStaffLogin = defineAction({
  name: 'auth.staffLogin',
  summary:
    'PC sign-in: 工号 and password → a 12-hour session token of that staff member, with how many wrong passwords were tried ' +
    'on the 工号 since its last sign-in. Wrong passwords make the address they come from wait (429 RATE.LIMITED with retryAfter), never the 工号 as a whole.',
  async handler(input, ctx) {
    const { deps, now } = ctx;
    const { store } = deps;
    const keys = signInKeys(ctx, input.number, now);
    const fromAddress = (await store.attempts.get(keys.address))?.count ?? 0;
    if (fromAddress >= SIGN_IN.addressFailuresPerHour) throw refuse(retryAfterS(now, HOUR_S), 'login');
    // The attempt is counted for its (工号, address) before the password is checked, by a claim
    // on the record as read: concurrent guesses cannot all pass the same check.
    for (let tries = 1; ; tries++) {
      const [pair, account] = await Promise.all([store.attempts.get(keys.pair), store.attempts.get(keys.account)]);
      const wait = signInWaitS(pair, account?.count ?? 0, now);
      if (wait > 0) throw refuse(wait, 'password');
      if (await store.attempts.claim(keys.pair, pair?.count ?? 0, pairAttempts(pair, now) + 1, now)) break;
      if (tries === CLAIM_TRIES) throw refuse(1, 'login');
    }
    const staff = (await store.org.staff()).find((s) => s.number === input.number) ?? null;
    const saved = staff ? await store.passwords.get(staff.id) : null;
    const ok = await verifyPassword(input.password, saved?.hash ?? (await decoyHash()));
    if (!staff || !saved || !ok) {
      await Promise.all([store.attempts.add(keys.address, now), store.attempts.add(keys.account, now)]);
      throw fail('AUTH.BAD_PASSWORD');
    }
    const [, failedAttempts] = await Promise.all([store.attempts.take(keys.pair), store.attempts.take(keys.account)]);
    deps.logger.info('auth.staff_login', { staffId: staff.id, failedAttempts });
    return {
      token: deps.tokens.sign(
        { subject: `staff:${staff.id}`, staffId: staff.id, credential: saved.updatedAt.getTime() },
        STAFF_SESSION_TTL_S,
        now,
      ),
      expiresAt: new Date(now.getTime() + STAFF_SESSION_TTL_S * 1000).toISOString(),
      role: staff.role,
      ...(failedAttempts > 0 ? { failedAttempts } : {}),
    };
  },
});
