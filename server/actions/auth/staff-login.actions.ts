/**
 * Staff sign-in on a PC browser, where there is no WeChat identity: a password the staff member
 * sets with a one-time bind code from the office (the same code that binds a WeChat account), then
 * 工号 + password. Attempts are limited per 工号 and per address; a wrong 工号 and a wrong password
 * get the same answer in the same time, so neither can be probed.
 */
import { audit } from '../../app/audit-trail';
import { authSetPasswordInput, authStaffLoginInput } from '../../contract/auth.schema';
import { errors, fail, withDetails } from '../../core/errors';
import { subjectHash } from '../../security/identity';
import { retryAfterS, windowStart } from '../../domain/rate.rules';
import { codeHash } from '../../security/bind-codes';
import { defineAction } from '../../core/define-action';
import { decoyHash, hashPassword, verifyPassword } from '../../security/password';

/** A working day: a PC left signed in overnight asks again in the morning. */
const STAFF_SESSION_TTL_S = 12 * 3600;
/** Attempts per 工号 per hour, whoever makes them. */
const ATTEMPTS_PER_NUMBER = 10;

export const authSetPassword = defineAction({
  name: 'auth.setPassword',
  summary: 'PC sign-in: sets (or resets) the password of the staff record a one-time bind code names; the code is used up.',
  input: authSetPasswordInput,
  access: 'public',
  async handler(input, ctx) {
    const { deps, now } = ctx;
    const { store, config } = deps;
    const staffId = await store.bindCodes.consume(codeHash(config.identityPepper, input.code as string), now);
    if (!staffId) throw fail('AUTH.BAD_BIND_CODE');
    const staff = await store.org.staffById(staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    await store.passwords.put({ staffId, hash: await hashPassword(input.password), updatedAt: now });
    deps.logger.info('auth.password_set', { staffId });
    await audit(ctx, { kind: 'auth.password', target: `staff:${staff.id}`, summary: `${staff.name}（${staff.number}）设置了电脑登录密码`, actor: staff });
    return { staff: { id: staff.id, name: staff.name, number: staff.number } };
  },
});

export const authStaffLogin = defineAction({
  name: 'auth.staffLogin',
  summary: 'PC sign-in: 工号 and password → a 12-hour session token of that staff member.',
  input: authStaffLoginInput,
  access: 'public',
  async handler(input, { deps, now }) {
    const { store, config } = deps;
    const key = `auth.staffLogin|number|${subjectHash(config.identityPepper, `number:${input.number}`)}`;
    if ((await store.rates.hit(key, windowStart(now, 3600))) > ATTEMPTS_PER_NUMBER) {
      const retryAfter = retryAfterS(now, 3600);
      throw withDetails(fail('RATE.LIMITED', `${Math.ceil(retryAfter / 60)} 分钟`, 'number'), { retryAfter });
    }
    const staff = (await store.org.staff()).find((s) => s.number === input.number) ?? null;
    const saved = staff ? await store.passwords.get(staff.id) : null;
    const ok = await verifyPassword(input.password, saved?.hash ?? (await decoyHash()));
    if (!staff || !saved || !ok) throw fail('AUTH.BAD_PASSWORD');
    deps.logger.info('auth.staff_login', { staffId: staff.id });
    return {
      token: deps.tokens.sign({ subject: `staff:${staff.id}`, staffId: staff.id, credential: saved.updatedAt.getTime() }, STAFF_SESSION_TTL_S, now),
      expiresAt: new Date(now.getTime() + STAFF_SESSION_TTL_S * 1000).toISOString(),
      role: staff.role,
    };
  },
});
