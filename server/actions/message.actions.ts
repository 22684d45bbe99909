/** The in-app 消息 page, and the local-mode controls to watch a 7-day cycle in a minute. */
import { devClockInput, messageListInput } from '../contract/message.schema';
import { emptyInput } from '../contract/common.schema';
import { AppError } from '../errors';
import { TEMPLATES_KEY, type TemplateMap } from '../domain/notify-templates';
import { dispatchOutbox } from '../jobs/dispatch';
import { runSweep } from '../jobs/sweep';
import { callerOf, defineAction } from './define';
import { residentHashOf } from './complaint-flow';

export const messageList = defineAction({
  name: 'message.list',
  summary: 'The caller’s in-app messages (新投诉, 即将到期, 已逾期, 答复 …), newest first.',
  input: messageListInput,
  access: 'identified',
  async handler(input, ctx) {
    const caller = callerOf(ctx);
    const key = caller.staff ? `staff:${caller.staff.id}` : `subject:${residentHashOf(ctx)}`;
    const messages = await ctx.deps.store.messages.forRecipient(key, input.limit ?? 50);
    return {
      messages: messages.map((m) => ({
        id: m.id, kind: m.kind, title: m.title, body: m.body, complaintId: m.complaintId, rectificationId: m.rectificationId, createdAt: m.createdAt.toISOString(),
      })),
    };
  },
});

export const devClock = defineAction({
  name: 'dev.clock',
  summary: 'Local mode only: moves the server clock forward by whole hours (deadlines, reminders, auto-close).',
  input: devClockInput,
  access: 'public',
  localOnly: true,
  async handler(input, { deps }) {
    if (!deps.clock.advance) throw new AppError('DEV.CLOCK_FIXED', '当前时钟不能调整', 409);
    deps.clock.advance(input.advanceHours * 3600 * 1000);
    return { now: deps.clock.now().toISOString() };
  },
});

export const sweepRun = defineAction({
  name: 'sweep.run',
  summary: 'Local mode only: runs the sweep (reminders, escalation, auto-close) and delivers the notices now.',
  input: emptyInput,
  access: 'public',
  localOnly: true,
  async handler(_input, { deps }) {
    // A timer's sweep may be under way: wait for it, so "run now" always runs.
    let swept = await runSweep(deps);
    for (let i = 0; swept.skipped && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      swept = await runSweep(deps);
    }
    const { cases, rectifications } = swept;
    let delivered = 0;
    for (;;) {
      const r = await dispatchOutbox(deps, { push: deps.push });
      delivered += r.delivered;
      if (!r.claimed) break;
    }
    return { cases, rectifications, delivered };
  },
});

export const notifyTemplates = defineAction({
  name: 'notify.templates',
  summary: 'The subscribe-message template ids to ask consent for: staff (new case, reminders) and residents (reply ready).',
  input: emptyInput,
  access: 'identified',
  async handler(_input, { deps }) {
    const templates = (await deps.store.settings.get<TemplateMap>(TEMPLATES_KEY)) ?? {};
    const ids = (kinds: (keyof TemplateMap)[]) => [...new Set(kinds.map((k) => templates[k]?.templateId).filter((x): x is string => Boolean(x)))].slice(0, 3);
    return {
      staff: ids(['case.new', 'case.remind', 'case.overdue', 'case.dueDay', 'case.transferred', 'case.reopened', 'case.escalated']),
      resident: ids(['case.replied']),
    };
  },
});
