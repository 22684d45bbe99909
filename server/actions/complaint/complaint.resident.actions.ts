/** Filing a complaint and following it: the resident's side. */
import { audit } from '../../app/audit-trail';
import { randomInt } from 'node:crypto';
import { isBadLevel } from '../../domain/evaluation.rules';
import { nextSweepAt, replyDue, REVIEW_WINDOW_DAYS, reviewOpen, trackingNo } from '../../domain/complaint.rules';
import { route } from '../../domain/routing';
import { shanghaiDate } from '../../contract/dates';
import { errors, fail } from '../../core/errors';
import type { Complaint, ComplaintSource, OutboxItem } from '../../ports/complaint-store';
import type { Staff } from '../../ports/store';
import { flagIfNeeded, screenText } from '../../app/content-screen';
import { defineAction, type ActionContext } from '../../core/define-action';
import { notice } from '../../app/complaint-notices';
import { briefOf, handledByText } from '../../app/complaint-views';
import {
  authorize,
  commitChange,
  event,
  freshDetail,
  loadCase,
  marksOf,
  orgIndex,
  residentHashOf,
  runCommand,
  viewOf,
} from '../../app/complaint-flow';
import { filedNotices, rated, reviewRequested } from '../../domain/complaint.transitions';
import { requestHash } from '../../security/request-hash';
import { checkOwnPhotos } from '../../app/photos';
import { seal } from '../../security/sealed';
import { complaintSettings } from '../../app/settings';
import { windowOnDuty } from '../../app/window-duty';

interface Subject {
  source: ComplaintSource;
  departmentId: string;
  staffId: string | null;
  cardId: string | null;
  windowId: string | null;
  evaluationId: string | null;
  matterId: string | null;
}

/** What the complaint is about, from the card, window, department or 差评 it was filed from. */
async function subjectOf(
  ctx: ActionContext,
  input: { cardId?: string; windowId?: string; departmentId?: string; evaluationId?: string },
): Promise<Subject> {
  const { store } = ctx.deps;
  const none = { cardId: null, windowId: null, evaluationId: null, matterId: null };
  if (input.cardId) {
    const card = await store.cards.byId(input.cardId);
    if (!card) throw errors.notFound('CARD.NOT_FOUND', '该监督卡，请核对二维码');
    return {
      ...none,
      source: 'card',
      departmentId: card.departmentId,
      staffId: card.staffId,
      cardId: card.id,
      windowId: card.windowId,
      matterId: card.matterId,
    };
  }
  if (input.windowId) {
    const window = await store.org.windowById(input.windowId);
    if (!window) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口，请核对二维码');
    const onDuty = await windowOnDuty(store, window, ctx.now);
    return {
      ...none,
      source: 'window',
      departmentId: window.departmentId,
      staffId: onDuty?.id ?? null,
      windowId: window.id,
    };
  }
  if (input.evaluationId) {
    const ev = await store.evaluations.byId(input.evaluationId);
    if (!ev || ev.subjectHash !== residentHashOf(ctx)) throw errors.notFound('EVALUATION.NOT_FOUND', '该评价');
    if (!isBadLevel(ev.level)) throw fail('COMPLAINT.NOT_A_BAD_REVIEW');
    return {
      ...none,
      source: 'evaluation',
      departmentId: ev.departmentId,
      staffId: ev.staffId,
      cardId: ev.cardId,
      windowId: ev.windowId,
      evaluationId: ev.id,
      matterId: ev.matterId,
    };
  }
  const department = input.departmentId ? await store.org.departmentById(input.departmentId) : null;
  if (!department) throw errors.notFound('DEPARTMENT.NOT_FOUND', '该部门');
  return { ...none, source: 'department', departmentId: department.id, staffId: null };
}

export const complaintForm = defineAction({
  name: 'complaint.form',
  summary: 'What a complaint form offers: the categories, the length limit and the reply deadline.',
  async handler(_input, { deps }) {
    const s = await complaintSettings(deps.store);
    return { categories: s.categories, contentMax: 1000, replyDays: s.replyDays, dayKind: s.dayKind };
  },
});

export const complaintSubmit = defineAction({
  name: 'complaint.submit',
  summary:
    'Files a complaint about a card, a window, a department or one of the caller’s own 差评. Routed at once, never ' +
    'to the person complained about: to the head of their department (or the head’s B post while away); about a ' +
    'head, or 廉洁问题, to the office queue. Reply due in 7 days. Idempotent on requestId.',
  isReplay: async (_input, ctx) =>
    (await ctx.deps.store.complaints.bySubject(residentHashOf(ctx), 50)).some((c) => c.requestId === ctx.requestId),
  async handler(input, ctx) {
    const { store, ids, config } = ctx.deps;
    const settings = await complaintSettings(store);
    if (!settings.categories.includes(input.category)) {
      throw errors.invalid([{ path: 'category', message: `请从以下类别中选择：${settings.categories.join('、')}` }]);
    }
    const about = await subjectOf(ctx, input);
    const screened = await screenText(ctx, 'complaint', input.content);
    const org = await orgIndex(store);
    const department = org.departments.get(about.departmentId);
    // The card's, window's or evaluation's department, gone from the organisation since.
    if (!department) throw errors.notFound('DEPARTMENT.NOT_FOUND', '该部门');
    const routed = route({
      about: about.staffId ? (org.staff.get(about.staffId) ?? null) : null,
      category: input.category,
      department,
      date: shanghaiDate(ctx.now),
      staffById: (id) => org.staff.get(id),
      // In local mode every notice reaches the in-app 消息 page; in WeChat a staff member needs a bound account.
      reachable: (s: Staff) => config.mode === 'local' || s.openid !== null,
    });
    const hash = requestHash(input);
    const residentHash = residentHashOf(ctx);
    const photos = [...new Set(input.photos ?? [])];
    const due = replyDue(ctx.now, settings);
    if (due.warning) ctx.deps.logger.warn('calendar.fallback', { warning: due.warning });

    for (let attempt = 0; attempt < 5; attempt++) {
      const c: Complaint = {
        id: ids.next(),
        trackingNo: trackingNo(ctx.now, randomInt),
        subjectHash: residentHash,
        anonymous: input.anonymous ?? false,
        contactPhone: input.contactPhone ?? null,
        // In WeChat the complainant can be pushed "reply ready"; their OPENID is kept sealed until the case ends.
        notifyOpenid: ctx.caller.principal.subject.startsWith('wx:')
          ? seal(config.identityPepper, ctx.caller.principal.subject.slice(3))
          : null,
        ...about,
        category: input.category,
        content: input.content,
        photos,
        status: 'pending',
        assigneeStaffId: routed.assignee?.id ?? null,
        replyDueAt: due.dueAt,
        firstReplyDueAt: due.dueAt,
        firstRepliedAt: null,
        reply: null,
        rating: null,
        ratingComment: '',
        rejectReason: null,
        reopenCount: 0,
        nextSweepAt: null,
        sweepStage: 'none',
        lastEscalatedOn: null,
        ladderStep: 0,
        extension: null,
        coveringFor: null,
        version: 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        closedAt: null,
        requestId: ctx.requestId,
        requestHash: hash,
      };
      c.nextSweepAt = nextSweepAt(c, settings);
      const resident = { actorKind: 'resident' as const, actorStaffId: null };
      const system = { actorKind: 'system' as const, actorStaffId: null };
      const events = [
        event(ctx, c, 'filed', resident, { requestId: ctx.requestId, by: residentHash }),
        event(ctx, c, 'routed', system, { to: c.assigneeStaffId, reason: routed.reason, steps: routed.steps }),
      ];
      const outbox: OutboxItem[] = filedNotices(org, c).flatMap((n) =>
        n.to.map((r) => notice(n.kind, r, c, ctx.now, n.occasion, n.body)),
      );
      await checkOwnPhotos(ctx.deps, photos, residentHash, ctx.requestId);
      const result = await store.complaints.create(c, events, outbox);
      if (!result.created && result.conflict === 'trackingNo') continue;
      const row = result.row;
      if (!result.created && row.requestHash !== hash) throw errors.keyReused();
      // Photos join the case's readers; binding twice (a retry) changes nothing. So does a flag.
      if (row.photos.length) await store.files.attach(row.photos, row.id);
      await flagIfNeeded(ctx, screened, row.id);
      const assignee = row.assigneeStaffId ? org.staff.get(row.assigneeStaffId) : undefined;
      return {
        complaintId: row.id,
        trackingNo: row.trackingNo,
        replyDueAt: row.replyDueAt.toISOString(),
        assignee: assignee ? { staffId: assignee.id, name: assignee.name } : null,
        handledBy: handledByText(row, org),
      };
    }
    throw errors.internal();
  },
});

export const complaintMine = defineAction({
  name: 'complaint.mine',
  summary: 'The caller’s own complaints (我的投诉), newest first, with status, deadline and an overdue mark.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const [list, org] = await Promise.all([
      store.complaints.bySubject(residentHashOf(ctx), input.limit ?? 50),
      orgIndex(store),
    ]);
    return { complaints: list.map((c) => briefOf(c, org, ctx.now)) };
  },
});

export const complaintGet = defineAction({
  name: 'complaint.get',
  summary:
    'One case with its timeline, as the caller may see it (complainant, handler, department head or supervisor).',
  async handler(input, ctx) {
    const loaded = await loadCase(ctx, input.complaintId);
    return viewOf(ctx, loaded);
  },
});

export const complaintRate = defineAction({
  name: 'complaint.rate',
  summary:
    'The complainant rates the reply: 满意 / 基本满意 close the case; 不满意 reopens it one level up with a fresh ' +
    'deadline (a department’s case to the office queue; an office case stays there, for another admin where there is one).',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    await runCommand(ctx, input.complaintId, async (loaded) => {
      const { c, org } = loaded;
      authorize('rate', loaded);
      const screened = await screenText(ctx, 'rating', input.comment);
      const settings = await complaintSettings(store);
      await commitChange(
        ctx,
        c,
        rated(c, org, input.rating, input.comment ?? '', ctx.now, settings, marksOf(ctx)),
        settings,
      );
      await flagIfNeeded(ctx, screened, c.id);
    });
    return freshDetail(ctx, input.complaintId);
  },
});

export const complaintRequestReview = defineAction({
  name: 'complaint.requestReview',
  summary:
    'The complainant contests a decline (不予受理), once, within 15 days: the case reopens in the office queue ' +
    'with a fresh 7-day deadline, kept from the admin who declined it while another admin can take it.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const { c } = await loadCase(ctx, input.complaintId);
    await runCommand(ctx, input.complaintId, async (loaded) => {
      const { c, org, events } = loaded;
      authorize('requestReview', loaded);
      if (!reviewOpen(c, events, ctx.now)) {
        throw fail('COMPLAINT.REVIEW_CLOSED', REVIEW_WINDOW_DAYS);
      }
      const screened = await screenText(ctx, 'rating', input.reason);
      const settings = await complaintSettings(store);
      await commitChange(
        ctx,
        c,
        reviewRequested(c, org, events, input.reason, ctx.now, settings, marksOf(ctx)),
        settings,
      );
      await flagIfNeeded(ctx, screened, c.id);
    });
    // After a retry too (idempotent): a crash between the change and this line is healed by the retry.
    await audit(ctx, {
      kind: 'complaint.review',
      target: `complaint:${c.trackingNo}`,
      summary: `群众对不予受理申请复核 ${c.trackingNo}：${input.reason}`,
      before: { status: 'rejected' },
      after: { status: 'pending', queue: '评议办' },
    });
    return freshDetail(ctx, input.complaintId);
  },
});
