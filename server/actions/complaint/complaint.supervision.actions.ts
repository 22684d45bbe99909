/**
 * Supervising overdue and late complaints: the handler's one 延期 request and its supervisor's
 * decision, the supervisor's answer to the ladder's 督办单, and the office's 督办 ladder itself.
 */
import { addDays } from '../../domain/calendar';
import { endOfShanghaiDay, shanghaiDate } from '../../contract/dates';
import { defineAction } from '../../core/define-action';
import { errors, fail } from '../../core/errors';
import { awaitingSuperviseReply } from '../../domain/complaint.rules';
import { extensionDecided, extensionRequested, superviseReplied } from '../../domain/complaint.transitions';
import { DEFAULT_LADDER, LADDER_KEY, ladderProblem, RUNG_LABELS, type LadderStep } from '../../domain/ladder.rules';
import { authorize, commitChange, freshDetail, marksOf, runCommand } from '../../app/complaint-flow';
import { complaintLadder, complaintSettings } from '../../app/settings';
import { audit } from '../../app/audit-trail';

export const complaintRequestExtension = defineAction({
  name: 'complaint.requestExtension',
  summary:
    'The handler asks, once per case, for up to 7 more days with a reason (409 COMPLAINT.EXTENSION_USED the second ' +
    'time); the head decides (the office for cases the head handles or the office queue).',
  async handler(input, ctx) {
    await runCommand(ctx, input.complaintId, async (loaded) => {
      authorize('requestExtension', loaded);
      if (loaded.c.extension) throw fail('COMPLAINT.EXTENSION_USED');
      await commitChange(
        ctx,
        loaded.c,
        extensionRequested(loaded.c, loaded.org, ctx.caller.staff, input.days, input.reason, ctx.now, marksOf(ctx)),
      );
    });
    return freshDetail(ctx, input.complaintId);
  },
});

export const complaintDecideExtension = defineAction({
  name: 'complaint.decideExtension',
  summary:
    'The supervisor approves or refuses a pending 延期: approved moves the deadline on by the days asked (the on-time ' +
    'figure uses it; extensions are counted apart) and tells the complainant; either way the handler is told.',
  async handler(input, ctx) {
    const settings = await complaintSettings(ctx.deps.store);
    await runCommand(ctx, input.complaintId, async (loaded) => {
      authorize('decideExtension', loaded);
      const { c } = loaded;
      if (c.extension?.status !== 'pending') throw fail('COMPLAINT.NO_EXTENSION');
      // The new deadline counts as the first did (natural or working days), from the current one.
      const due = addDays(shanghaiDate(c.replyDueAt), c.extension.days, settings.dayKind);
      const change = extensionDecided(
        c,
        loaded.org,
        ctx.caller.staff,
        input.approve,
        input.reason ?? '',
        ctx.now,
        marksOf(ctx),
        endOfShanghaiDay(due.date),
      );
      await commitChange(ctx, c, change, settings);
    });
    return freshDetail(ctx, input.complaintId);
  },
});

export const complaintSuperviseReply = defineAction({
  name: 'complaint.superviseReply',
  summary:
    'The supervisor answers the 督办单 the ladder sent for an overdue case (what they did about it); it joins the ' +
    'timeline. 409 COMPLAINT.NOT_SUPERVISED when there is none to answer.',
  async handler(input, ctx) {
    await runCommand(ctx, input.complaintId, async (loaded) => {
      authorize('superviseReply', loaded);
      if (!awaitingSuperviseReply(loaded.c, loaded.events)) throw fail('COMPLAINT.NOT_SUPERVISED');
      await commitChange(ctx, loaded.c, superviseReplied(ctx.caller.staff, input.content, marksOf(ctx)));
    });
    return freshDetail(ctx, input.complaintId);
  },
});

const view = (steps: readonly LadderStep[], isDefault: boolean) => ({
  steps: steps.map((s) => ({ ...s, label: RUNG_LABELS[s.rung] })),
  isDefault,
});

export const complaintLadderGet = defineAction({
  name: 'complaint.ladder',
  summary:
    'The 督办 ladder overdue complaints and follow-ups climb: each step’s days overdue and rung (催办/督办/通报).',
  async handler(_input, ctx) {
    const custom = await ctx.deps.store.settings.get<LadderStep[]>(LADDER_KEY);
    return view(await complaintLadder(ctx.deps.store), !custom || ladderProblem(custom) !== null);
  },
});

export const complaintSetLadder = defineAction({
  name: 'complaint.setLadder',
  summary:
    'Admin: sets the 督办 ladder (1–6 steps, days overdue rising from 1 to 60, each 催办/督办/通报); in the audit trail.',
  async handler(input, ctx) {
    const problem = ladderProblem(input.steps);
    if (problem) throw errors.invalid([{ path: 'steps', message: problem }]);
    const before = await complaintLadder(ctx.deps.store);
    await ctx.deps.store.settings.put(LADDER_KEY, input.steps);
    await audit(ctx, {
      kind: 'settings',
      target: `setting:${LADDER_KEY}`,
      summary: `督办阶梯：${input.steps.map((s) => `${s.day}天${RUNG_LABELS[s.rung]}`).join('，')}`,
      before,
      after: input.steps,
    });
    return view(input.steps, JSON.stringify(input.steps) === JSON.stringify(DEFAULT_LADDER));
  },
});
