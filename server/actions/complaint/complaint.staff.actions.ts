/** Handling complaints: the staff side (inbox, reply, transfer, reject, reveal a phone number). */
import { departmentsHeadedBy } from '../../domain/scope.rules';
import { audit } from '../../app/audit-trail';
import { decodeCursor, encodeCursor } from '../../app/page-cursor';
import { errors, fail } from '../../core/errors';
import { flagIfNeeded, screenText } from '../../app/content-screen';
import { defineAction, type ActionContext } from '../../core/define-action';
import { briefOf } from '../../app/complaint-views';
import {
  authorize,
  commitChange,
  freshDetail,
  loadCase,
  marksOf,
  orgIndex,
  runCommand,
  type LoadedCase,
} from '../../app/complaint-flow';
import {
  phoneRevealed,
  rejected,
  replied,
  statementAsked,
  statementGiven,
  transferred,
} from '../../domain/complaint.transitions';

/** Open cases due within this are 即将到期. */
const DUE_SOON_MS = 48 * 3600 * 1000;
const INBOX_PAGE = 50;

export const complaintInbox = defineAction({
  name: 'complaint.inbox',
  summary:
    'A handler’s cases by tab (待回复 / 即将到期 / 已逾期 / 已回复), soonest deadline first: their own; a ' +
    'department head also sees the department’s; a supervisor sees all, including the unassigned queue.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    const org = await orgIndex(store);
    const tab = input.tab ?? 'pending';
    // The store answers by tab, counted and paged in the database, whatever the number of cases.
    // Only the cases the caller handles or supervises: never one about themselves, nor an
    // office-queue case (about the head, 廉洁问题, reopened) in a head's department list.
    const page = await store.complaints.inbox(
      {
        all: me.role === 'admin',
        assigneeStaffId: me.id,
        readerStaffId: me.id,
        headOfDepartmentIds: departmentsHeadedBy(org.departments.values(), me.id),
        tab,
        now: ctx.now,
        dueSoonUntil: new Date(ctx.now.getTime() + DUE_SOON_MS),
      },
      input.cursor ? decodeCursor(input.cursor) : null,
      INBOX_PAGE,
    );
    return {
      now: ctx.now.toISOString(),
      tab,
      counts: page.counts,
      complaints: page.rows.map((c) => {
        const assignee = c.assigneeStaffId ? org.staff.get(c.assigneeStaffId) : undefined;
        return {
          ...briefOf(c, org, ctx.now),
          assignee: assignee ? { staffId: assignee.id, name: assignee.name } : null,
        };
      }),
      next: page.next ? encodeCursor(page.next) : null,
    };
  },
});

/** Runs a staff command unless this very request already ran it (a retry). */
async function staffCommand(ctx: ActionContext, complaintId: string, run: (loaded: LoadedCase) => Promise<void>) {
  await runCommand(ctx, complaintId, run);
  return freshDetail(ctx, complaintId);
}

export const complaintReply = defineAction({
  name: 'complaint.reply',
  summary:
    'The handler (or the department head of a case the department handles) replies; the complainant is notified and asked to rate the reply.',
  handler: (input, ctx) =>
    staffCommand(ctx, input.complaintId, async (loaded) => {
      authorize('reply', loaded);
      const screened = await screenText(ctx, 'reply', input.content);
      await commitChange(ctx, loaded.c, replied(loaded.c, ctx.caller.staff, input.content, ctx.now, marksOf(ctx)));
      await flagIfNeeded(ctx, screened, loaded.c.id);
    }),
});

export const complaintTransfer = defineAction({
  name: 'complaint.transfer',
  summary: 'Hands a case to another staff member with a reason (首问负责: the deadline does not move).',
  handler: (input, ctx) =>
    staffCommand(ctx, input.complaintId, async (loaded) => {
      authorize('transfer', loaded);
      const { c, org } = loaded;
      const to = org.staff.get(input.toStaffId);
      if (!to) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
      if (to.id === c.assigneeStaffId) throw fail('COMPLAINT.SAME_ASSIGNEE');
      // The person complained about never handles it.
      if (to.id === c.staffId) throw fail('COMPLAINT.TO_SUBJECT');
      await commitChange(ctx, c, transferred(c, org, ctx.caller.staff, to, input.reason, marksOf(ctx)));
    }),
});

export const complaintReject = defineAction({
  name: 'complaint.reject',
  summary:
    'The office (admins only; a head gets 403) declines a case (不予受理), with a reason the complainant sees; ' +
    'the complainant may contest it once within 15 days (complaint.requestReview).',
  handler: (input, ctx) =>
    staffCommand(ctx, input.complaintId, async (loaded) => {
      authorize('reject', loaded);
      const { c } = loaded;
      await commitChange(ctx, c, rejected(c, ctx.caller.staff, input.reason, ctx.now, marksOf(ctx)));
      await audit(ctx, {
        kind: 'complaint.reject',
        target: `complaint:${c.trackingNo}`,
        summary: `不予受理 ${c.trackingNo}：${input.reason}`,
        before: { status: c.status },
        after: { status: 'rejected', reason: input.reason },
      });
    }),
});

export const complaintRevealPhone = defineAction({
  name: 'complaint.revealPhone',
  summary:
    'The full call-back number of a non-anonymous case, for its handler only (403 for anyone else); every reveal is logged.',
  async handler(input, ctx) {
    const loaded = await loadCase(ctx, input.complaintId);
    authorize('revealPhone', loaded);
    const { c } = loaded;
    if (c.anonymous || !c.contactPhone) throw fail('COMPLAINT.NO_PHONE');
    await runCommand(ctx, input.complaintId, async (now) => {
      authorize('revealPhone', now);
      await commitChange(ctx, now.c, phoneRevealed(ctx.caller.staff, marksOf(ctx)));
    });
    // The number itself never enters the trail: only that it was shown, to whom, for which case.
    await audit(ctx, {
      kind: 'complaint.revealPhone',
      target: `complaint:${c.trackingNo}`,
      summary: `查看投诉人电话 ${c.trackingNo}`,
    });
    return { contactPhone: c.contactPhone };
  },
});

export const complaintAskStatement = defineAction({
  name: 'complaint.askStatement',
  summary:
    'The handler (or the head) asks the person complained about for a statement: they are told, and from then on read ' +
    'the complaint’s content — never the complainant’s contact, identity, photos or the tracking number — and may answer.',
  handler: (input, ctx) =>
    staffCommand(ctx, input.complaintId, async (loaded) => {
      authorize('askStatement', loaded);
      const { c } = loaded;
      if (!c.staffId) throw fail('COMPLAINT.NO_SUBJECT');
      await commitChange(ctx, c, statementAsked(c, loaded.org, ctx.caller.staff, loaded.events, marksOf(ctx)));
    }),
});

export const complaintGiveStatement = defineAction({
  name: 'complaint.giveStatement',
  summary:
    'The person complained about, once asked, gives their statement; it joins the case’s timeline for its handlers.',
  handler: (input, ctx) =>
    staffCommand(ctx, input.complaintId, async (loaded) => {
      authorize('giveStatement', loaded);
      const { c } = loaded;
      const screened = await screenText(ctx, 'reply', input.content);
      await commitChange(ctx, c, statementGiven(ctx.caller.staff, input.content, marksOf(ctx)));
      await flagIfNeeded(ctx, screened, c.id);
    }),
});
