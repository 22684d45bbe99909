/**
 * Linking a staff member's WeChat account to their record: the office issues a one-time code
 * (valid 72 h), the staff member enters it in the mini program, and their OPENID is bound.
 */
import { audit } from './audit-trail';
import { createHmac, randomInt } from 'node:crypto';
import { authBindInput, bindCodeIssueInput, type BindCodeIssueOutput } from '../contract/auth.schema';
import type { Staff } from '../ports/store';
import { AppError, errors } from '../errors';
import { callerOf, defineAction, type CoreDeps } from './define';
import { departmentName } from './views';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const VALID_HOURS = 72;

export const codeHash = (pepper: string, code: string) => createHmac('sha256', pepper).update(`bind:${code}`).digest('base64url');

export const bindCodeIssue = defineAction({
  name: 'org.bindCode',
  summary: 'Admin: a one-time code (valid 72 h) with which a staff member binds their WeChat account; shown once.',
  input: bindCodeIssueInput,
  access: ['admin'],
  async handler(input, ctx) {
    const staff = await ctx.deps.store.org.staffById(input.staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    const issued = await issueBindCode(ctx.deps, staff, callerOf(ctx).staff!.id, ctx.now);
    // The code itself never enters the trail: only that one was issued, for whom, until when.
    await audit(ctx, { kind: 'org.bindCode', target: `staff:${staff.id}`, summary: `为 ${staff.name}（${staff.number}）生成绑定码`, after: { expiresAt: issued.expiresAt } });
    return issued;
  },
});

/** Makes and stores a code for `staff` (only its hash is kept); also `npm run admin`'s first code. */
export async function issueBindCode(deps: Pick<CoreDeps, 'store' | 'config'>, staff: Staff, createdByStaffId: string, now: Date): Promise<BindCodeIssueOutput> {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  const expiresAt = new Date(now.getTime() + VALID_HOURS * 3600 * 1000);
  await deps.store.bindCodes.put({ codeHash: codeHash(deps.config.identityPepper, code), staffId: staff.id, createdByStaffId, createdAt: now, expiresAt });
  return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt: expiresAt.toISOString(), staff: { id: staff.id, name: staff.name, number: staff.number } };
}

export const authBind = defineAction({
  name: 'auth.bind',
  summary: 'In WeChat: binds the caller’s account to the staff record a bind code names (replacing an older binding).',
  input: authBindInput,
  access: 'identified',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const caller = callerOf(ctx);
    const subject = caller.principal.subject;
    if (!subject.startsWith('wx:')) throw new AppError('AUTH.NOT_WECHAT', '请在微信小程序中输入绑定码', 409);
    // A bootstrap admin binds their own record like anyone, and is then that person.
    if (caller.staff && !caller.bootstrap) throw new AppError('AUTH.ALREADY_BOUND', `这个微信已绑定 ${caller.staff.name}，如需更换请联系管理员`, 409);
    const staffId = await store.bindCodes.consume(codeHash(config.identityPepper, input.code as string), ctx.now);
    if (!staffId) throw new AppError('AUTH.BAD_BIND_CODE', '绑定码无效、已使用或已过期，请向管理员重新获取', 400);
    const staff = await store.org.staffById(staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    // A new code means a new phone: the record's older binding is replaced.
    await store.org.putStaff({ ...staff, openid: subject.slice(3) });
    await audit(ctx, {
      kind: 'auth.bind', target: `staff:${staff.id}`, summary: `${staff.name}（${staff.number}）绑定了微信${staff.openid ? '（替换原绑定）' : ''}`,
      before: { bound: Boolean(staff.openid) }, after: { bound: true }, actor: staff,
    });
    return { staff: { id: staff.id, name: staff.name, number: staff.number, departmentName: await departmentName(store, staff.departmentId) } };
  },
});
