/**
 * The admin's moderation list: texts stored although the content check did not pass them
 * cleanly. Shown to admins only, with no trace of who wrote them; "已查看" takes one off the list.
 */
import type { ContentFlag } from '../../ports/content-flags';
import { errors } from '../../core/errors';
import { defineAction } from '../../core/define-action';

const KIND_LABELS: Record<ContentFlag['kind'], string> = {
  evaluation: '评价留言',
  complaint: '投诉内容',
  reply: '投诉答复',
  rating: '对答复的评价',
};
const VERDICT_LABELS: Record<ContentFlag['verdict'], string> = {
  review: '微信提示需人工复核',
  unavailable: '未能检测',
};

export const moderationList = defineAction({
  name: 'moderation.list',
  summary: 'Admin: texts the content check flagged (review) or could not check, newest first, without their authors.',
  async handler(_input, { deps }) {
    const flags = await deps.store.flags.open(100);
    return {
      items: flags.map((f) => ({
        flagId: f.id,
        kind: f.kind,
        kindLabel: KIND_LABELS[f.kind],
        verdict: f.verdict,
        verdictLabel: VERDICT_LABELS[f.verdict],
        reason: f.reason,
        text: f.text,
        createdAt: f.createdAt.toISOString(),
        complaintId: f.kind === 'evaluation' ? null : f.refId,
      })),
    };
  },
});

export const moderationResolve = defineAction({
  name: 'moderation.resolve',
  summary: 'Admin: marks a flagged text as looked at (it leaves the list).',
  async handler(input, ctx) {
    const done = await ctx.deps.store.flags.resolve(input.flagId, ctx.caller.staff.id, ctx.now);
    if (!done) throw errors.notFound('MODERATION.NOT_FOUND', '该条待审内容（可能已处理）');
    return { flagId: input.flagId };
  },
});
