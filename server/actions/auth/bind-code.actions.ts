/**
 * Linking a staff member's WeChat account to their record: the office issues a one-time code
 * (valid 72 h), the staff member enters it in the mini program, and their OPENID is bound.
 */
import { audit } from '../../app/audit-trail';
import { codeHash, issueBindCode } from '../../security/bind-codes';
import { errors, fail } from '../../core/errors';
import { defineAction } from '../../core/define-action';
import { departmentName } from '../../app/card-views';

export const orgBindCode = defineAction({
  name: 'org.bindCode',
  summary: 'Admin: a one-time code (valid 72 h) with which a staff member binds their WeChat account; shown once.',
  async handler(input, ctx) {
    const staff = await ctx.deps.store.org.staffById(input.staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    const issued = await issueBindCode(ctx.deps, staff, ctx.caller.staff.id, ctx.now);
    // The code itself never enters the trail: only that one was issued, for whom, until when.
    await audit(ctx, {
      kind: 'org.bindCode',
      target: `staff:${staff.id}`,
      summary: `为 ${staff.name}（${staff.number}）生成绑定码`,
      after: { expiresAt: issued.expiresAt },
    });
    return issued;
  },
});

export const authBind = defineAction({
  name: 'auth.bind',
  summary: 'In WeChat: binds the caller’s account to the staff record a bind code names (replacing an older binding).',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const caller = ctx.caller;
    const subject = caller.principal.subject;
    if (!subject.startsWith('wx:')) throw fail('AUTH.NOT_WECHAT');
    // A bootstrap admin binds their own record like anyone, and is then that person.
    if (caller.staff && !caller.bootstrap) throw fail('AUTH.ALREADY_BOUND', caller.staff.name);
    const staffId = await store.bindCodes.consume(codeHash(config.identityPepper, input.code as string), ctx.now);
    if (!staffId) throw fail('AUTH.BAD_BIND_CODE');
    const staff = await store.org.staffById(staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    // A new code means a new phone: the record's older binding is replaced.
    await store.org.putStaff({ ...staff, openid: subject.slice(3) });
    await audit(ctx, {
      kind: 'auth.bind',
      target: `staff:${staff.id}`,
      summary: `${staff.name}（${staff.number}）绑定了微信${staff.openid ? '（替换原绑定）' : ''}`,
      before: { bound: Boolean(staff.openid) },
      after: { bound: true },
      actor: staff,
    });
    return {
      staff: {
        id: staff.id,
        name: staff.name,
        number: staff.number,
        departmentName: await departmentName(store, staff.departmentId),
      },
    };
  },
});
