/**
 * 差评回访: the handler's inbox and case, the record (call-back, classification, disposal), the
 * call-back number revealed with a log entry, and the resident's rating of the outcome.
 */
import type { FollowupTabName } from '../../contract/followup.schema';
import { addDaysToDate, shanghaiDate } from '../../contract/dates';
import { defineAction, type ActionContext, type StaffCaller } from '../../core/define-action';
import { errors, fail } from '../../core/errors';
import { departmentsHeadedBy } from '../../domain/scope.rules';
import { needsOfficeApproval } from '../../domain/followup.rules';
import { followupRated, recorded, reviewed } from '../../domain/followup.transitions';
import { replyDue } from '../../domain/complaint.rules';
import type { Appeal, FollowupStatus } from '../../ports/followups';
import {
  authorizeFollowup,
  commitFollowup,
  loadFollowup,
  runFollowupCommand,
  type LoadedFollowup,
} from '../../app/followup-flow';
import { followupBrief, followupDetail, myFollowup } from '../../app/followup-views';
import { orgIndex } from '../../app/complaint-views';
import { complaintSettings } from '../../app/settings';
import { decodeCursor, encodeCursor } from '../../app/page-cursor';
import { openRectification } from '../../app/rectification-open';
import { audit } from '../../app/audit-trail';
import { newAppeal } from '../../app/appeal-flow';

const INBOX_PAGE = 50;
/** A 限期整改 without a date given is due in 30 days. */
const RECTIFY_DAYS = 30;

/** Which states each tab holds: the office acts on its queue and reviews; a head on the department's. */
function tabStatuses(tab: FollowupTabName, office: boolean): { statuses: FollowupStatus[]; order: 'due' | 'recent' } {
  switch (tab) {
    case 'todo':
      return { statuses: office ? ['open', 'review'] : ['open'], order: 'due' };
    case 'waiting':
      return { statuses: office ? ['approval'] : ['approval', 'review'], order: 'due' };
    case 'done':
      return { statuses: ['answered', 'closed', 'withdrawn'], order: 'recent' };
  }
}

export const followupInbox = defineAction({
  name: 'followup.inbox',
  summary:
    'The 差评 follow-ups a handler has (待回访 / 待审核 / 已回访), earliest deadline first: their own; a department head ' +
    'also the department’s; the office all. Never a follow-up of the caller’s own 差评.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    const office = me.role === 'admin';
    const org = await orgIndex(store);
    const tab = input.tab ?? 'todo';
    const page = await store.followups.inbox(
      {
        all: office,
        assigneeStaffId: me.id,
        readerStaffId: me.id,
        headOfDepartmentIds: departmentsHeadedBy(org.departments.values(), me.id),
      },
      tabStatuses(tab, office),
      input.cursor ? decodeCursor(input.cursor) : null,
      INBOX_PAGE,
    );
    const count = (t: FollowupTabName) =>
      tabStatuses(t, office).statuses.reduce((n, s) => n + (page.counts[s] ?? 0), 0);
    return {
      now: ctx.now.toISOString(),
      tab,
      counts: { todo: count('todo'), waiting: count('waiting'), done: count('done') },
      followups: page.rows.map((f) => followupBrief(f, org, ctx.now)),
      next: page.next ? encodeCursor(page.next) : null,
    };
  },
});

const detailOf = (ctx: ActionContext, l: LoadedFollowup) =>
  followupDetail(ctx.deps.store, l.f, l.org, l.relations, ctx.now);

export const followupGet = defineAction({
  name: 'followup.get',
  summary:
    'One follow-up for its handler, the department head or the office: the 差评 (level, reasons, comment), the masked ' +
    'call-back number, the record and the timeline. The rated person is told it does not exist.',
  handler: async (input, ctx) => detailOf(ctx, await loadFollowup(ctx, input.followupId)),
});

/** A 限期整改 opens a rectification item for the department, due on the day given (or in 30 days). */
async function rectificationFor(
  ctx: ActionContext<StaffCaller>,
  l: LoadedFollowup,
  content: string,
  dueOn: string | undefined,
): Promise<string> {
  const today = shanghaiDate(ctx.now);
  if (dueOn && dueOn < today) throw errors.invalid([{ path: 'rectifyDueOn', message: '整改期限不能早于今天' }]);
  const rect = await openRectification(ctx, ctx.caller.staff, {
    sourceKind: 'followup',
    complaintId: null,
    followupId: l.f.id,
    sourceNote: `差评回访（${l.org.departments.get(l.f.departmentId)?.name ?? ''}）`,
    problem: content,
    ownerDepartmentId: l.f.departmentId,
    ownerStaffId: null,
    plan: content,
    dueOn: dueOn ?? addDaysToDate(today, RECTIFY_DAYS),
  });
  return rect.id;
}

export const followupRecord = defineAction({
  name: 'followup.record',
  summary:
    'The handler records the follow-up: the call-back (reached / unreached / none), the classification (属实 / 部分属实 / ' +
    '不属实 / 误评 / 恶意差评) and the disposal (立行立改 / 限期整改 — opens a rectification item / 解释说明), with what was ' +
    'done; the resident is told. 误评 and 恶意差评 go to the office for approval first (an appeal). In review (after 不满意) ' +
    'the office records, finally. Idempotent on requestId.',
  async handler(input, ctx) {
    const me = ctx.caller.staff;
    await runFollowupCommand(ctx, input.followupId, async (l) => {
      const review = l.f.status === 'review';
      authorizeFollowup(review ? 'review' : 'record', l);
      const record = {
        callback: input.callback,
        classification: input.classification,
        disposal: input.disposal,
        content: input.content,
      };
      let appeal: Appeal | undefined;
      if (needsOfficeApproval(input.classification)) {
        if ((await ctx.deps.store.appeals.of({ evaluationId: l.f.evaluationId })).some((a) => a.status === 'pending'))
          throw fail('APPEAL.PENDING');
        appeal = newAppeal(
          {
            id: `AP${ctx.deps.ids.next(18)}`,
            kind: 'classification',
            evaluationId: l.f.evaluationId,
            complaintId: null,
            followupId: l.f.id,
            byStaffId: me.id,
            aboutStaffId: l.f.staffId,
            departmentId: l.f.departmentId,
            classification: input.classification === 'mistaken' ? 'mistaken' : 'malicious',
            reason: input.content,
            attachment: null,
            requestId: ctx.requestId,
          },
          ctx.now,
        );
      }
      const rectificationId =
        input.disposal === 'rectify' ? await rectificationFor(ctx, l, input.content, input.rectifyDueOn) : undefined;
      const change =
        review && !appeal
          ? reviewed(l.f, me, record, ctx.now, ctx.requestId, rectificationId)
          : recorded(l.f, l.org, me, record, ctx.now, ctx.requestId, { rectificationId, appeal });
      await commitFollowup(ctx, l.f, change);
    });
    return detailOf(ctx, await loadFollowup(ctx, input.followupId));
  },
});

export const followupRevealPhone = defineAction({
  name: 'followup.revealPhone',
  summary:
    'The full call-back number the resident left with consent, for the follow-up’s handler (or the head) only; every ' +
    'reveal is in the timeline and the audit trail.',
  async handler(input, ctx) {
    const l = await loadFollowup(ctx, input.followupId);
    authorizeFollowup('revealPhone', l);
    if (!l.f.callbackPhone) throw fail('COMPLAINT.NO_PHONE');
    const me = ctx.caller.staff;
    await runFollowupCommand(ctx, input.followupId, async (now) => {
      authorizeFollowup('revealPhone', now);
      await commitFollowup(ctx, now.f, {
        patch: {},
        entries: [
          { kind: 'phoneRevealed', byStaffId: me.id, text: `${me.name} 查看了回访电话`, requestId: ctx.requestId },
        ],
        notices: [],
      });
    });
    await audit(ctx, {
      kind: 'followup.revealPhone',
      target: `followup:${l.f.id}`,
      summary: `查看差评回访电话 ${l.f.id}`,
    });
    return { followupId: l.f.id, callbackPhone: l.f.callbackPhone };
  },
});

export const followupRate = defineAction({
  name: 'followup.rate',
  summary:
    'The resident rates the follow-up of their 差评 once it has an outcome: satisfied closes it; not satisfied sends it ' +
    'to the office for a second look (7 days).',
  async handler(input, ctx) {
    const settings = await complaintSettings(ctx.deps.store);
    await runFollowupCommand(ctx, input.followupId, async (l) => {
      authorizeFollowup('rate', l);
      const due = replyDue(ctx.now, settings).dueAt;
      await commitFollowup(ctx, l.f, followupRated(l.f, l.org, input.satisfied, ctx.now, due, ctx.requestId));
    });
    const f = await ctx.deps.store.followups.byId(input.followupId);
    if (!f) throw fail('FOLLOWUP.NOT_FOUND');
    return myFollowup(f);
  },
});
