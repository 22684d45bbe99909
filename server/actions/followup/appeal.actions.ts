/**
 * 申诉复核: a staff member appeals a 差评 or a complaint about them (within 15 days); the office
 * decides (within 7). Upheld, the evaluation or complaint is flagged `excluded` — kept, and left
 * out of every figure. The resident is never told who appealed.
 */
import { defineAction } from '../../core/define-action';
import { errors, fail } from '../../core/errors';
import { isBadLevel } from '../../contract/evaluation';
import { APPEAL_WINDOW_DAYS, mayDecide } from '../../domain/appeal.rules';
import { officeHandlers } from '../../domain/complaint.recipients';
import { approvalDecided } from '../../domain/followup.transitions';
import type { Appeal } from '../../ports/followups';
import type { OutboxItem } from '../../ports/complaint-store';
import { orgIndex } from '../../app/complaint-views';
import { appealNotice, appealView, newAppeal } from '../../app/appeal-flow';
import { prepareChange } from '../../app/followup-flow';
import { audit } from '../../app/audit-trail';

const DAY = 24 * 3600 * 1000;
const notFound = () => errors.notFound('APPEAL.NOT_FOUND');

export const appealSubmit = defineAction({
  name: 'appeal.submit',
  summary:
    'A staff member appeals a 差评 (evaluationId) or a complaint (complaintId) about them, within 15 days, with a reason ' +
    'and optionally an uploaded file; the office is told and decides within 7 days. One pending appeal per 差评 or ' +
    'complaint (409 APPEAL.PENDING). Idempotent on requestId.',
  async handler(input, ctx) {
    const { store, ids } = ctx.deps;
    const me = ctx.caller.staff;
    // Only one's own 差评 or complaint can be appealed; anything else is "not found" (a level is nobody's business).
    let about: { at: Date; departmentId: string };
    if (input.evaluationId) {
      const e = await store.evaluations.byId(input.evaluationId);
      if (!e || e.staffId !== me.id || !isBadLevel(e.level)) throw notFound();
      about = { at: e.createdAt, departmentId: e.departmentId };
    } else {
      const c = input.complaintId ? await store.complaints.byId(input.complaintId) : null;
      if (!c || c.staffId !== me.id) throw notFound();
      about = { at: c.createdAt, departmentId: c.departmentId };
    }
    const org = await orgIndex(store);
    const a = newAppeal(
      {
        id: `AP${ids.next(18)}`,
        kind: input.evaluationId ? 'evaluation' : 'complaint',
        evaluationId: input.evaluationId ?? null,
        complaintId: input.complaintId ?? null,
        followupId: null,
        byStaffId: me.id,
        aboutStaffId: me.id,
        departmentId: about.departmentId,
        classification: null,
        reason: input.reason,
        attachment: input.attachment ?? null,
        requestId: ctx.requestId,
      },
      ctx.now,
    );
    const outbox = officeHandlers(org, { staffId: me.id })
      .filter((s) => s.id !== me.id)
      .map((s) =>
        appealNotice('appeal.new', { staffId: s.id }, a, ctx.now, 'new', `${me.name} 提出申诉，请于 7 日内复核`),
      );
    // The window is checked after a retry could have found its first answer.
    const existing = (await store.appeals.list({ byStaffId: me.id }, 200)).find((x) => x.requestId === ctx.requestId);
    if (existing) return appealView(store, existing, org, ctx.now, false);
    if (ctx.now.getTime() - about.at.getTime() > APPEAL_WINDOW_DAYS * DAY) {
      throw fail('APPEAL.WINDOW_CLOSED', APPEAL_WINDOW_DAYS);
    }
    const result = await store.appeals.create(a, outbox);
    if (!result.created && result.conflict === 'pending') throw fail('APPEAL.PENDING');
    if (result.created) {
      await audit(ctx, {
        kind: 'appeal.submit',
        target: `appeal:${result.row.id}`,
        summary: `${me.name} 提出${a.kind === 'evaluation' ? '差评' : '投诉'}申诉`,
      });
    }
    return appealView(store, result.row, org, ctx.now, false);
  },
});

export const appealDecide = defineAction({
  name: 'appeal.decide',
  summary:
    'The office decides an appeal: upheld flags the evaluation or complaint `excluded` (kept; statistics, rankings and ' +
    'the assessment leave it out); a 误评/恶意差评 classification upheld lets the follow-up’s outcome reach the resident, ' +
    'refused sends it back to the handler. The appellant is told; the resident never learns of the appeal.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    const [a, org] = await Promise.all([store.appeals.byId(input.appealId), orgIndex(store)]);
    if (!a) throw notFound();
    if (!mayDecide(a, me.id)) throw fail('APPEAL.SELF');
    if (a.status !== 'pending') {
      // The same decision sent again (a retry) answers with the appeal as it is.
      if (a.decidedBy === me.id && (a.status === 'upheld') === input.upheld)
        return appealView(store, a, org, ctx.now, true);
      throw fail('APPEAL.DECIDED');
    }
    const decision = input.reason ?? '';
    const next: Appeal = {
      ...a,
      status: input.upheld ? 'upheld' : 'dismissed',
      decidedBy: me.id,
      decision,
      decidedAt: ctx.now,
      nextSweepAt: null,
      version: a.version + 1,
      updatedAt: ctx.now,
    };
    const outbox: OutboxItem[] = [
      appealNotice(
        'appeal.decided',
        { staffId: a.byStaffId },
        next,
        ctx.now,
        'decided',
        input.upheld ? '申诉成立，该条已不计入统计' : `申诉不成立：${[...decision].slice(0, 20).join('')}`,
      ),
    ];
    let followup;
    if (a.kind === 'classification' && a.followupId) {
      const f = await store.followups.byId(a.followupId);
      if (f && f.status === 'approval') {
        const prepared = await prepareChange(ctx, f, approvalDecided(f, org, a.id, input.upheld, decision));
        followup = prepared.next;
        outbox.push(...prepared.outbox);
      }
    }
    const exclude = input.upheld
      ? a.evaluationId
        ? { evaluationId: a.evaluationId }
        : a.complaintId
          ? { complaintId: a.complaintId }
          : undefined
      : undefined;
    const saved = await store.appeals.transition(next, outbox, { exclude, followup });
    if (!saved) {
      // Decided meanwhile (by a twin of this request, or another office member).
      const now = await store.appeals.byId(a.id);
      if (now && now.decidedBy === me.id && (now.status === 'upheld') === input.upheld)
        return appealView(store, now, org, ctx.now, true);
      throw fail('APPEAL.DECIDED');
    }
    await audit(ctx, {
      kind: 'appeal.decide',
      target: `appeal:${a.id}`,
      summary: `申诉复核：${input.upheld ? '成立' : '不成立'}`,
      before: { status: a.status },
      after: { status: saved.status },
    });
    return appealView(store, saved, org, ctx.now, true);
  },
});

export const appealList = defineAction({
  name: 'appeal.list',
  summary:
    'Appeals, newest first: the office sees all (by status) with what is appealed; a staff member their own appeals and ' +
    'their outcome.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    const office = me.role === 'admin';
    const [rows, org] = await Promise.all([
      store.appeals.list(office ? { status: input.status } : { status: input.status, byStaffId: me.id }, 200),
      orgIndex(store),
    ]);
    // An office member's own appeals, or those about them, are decided by the others: shown without the content.
    return {
      appeals: await Promise.all(rows.map((a) => appealView(store, a, org, ctx.now, office && mayDecide(a, me.id)))),
      now: ctx.now.toISOString(),
    };
  },
});
