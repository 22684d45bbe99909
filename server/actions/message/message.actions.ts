/** The in-app 消息 page. */
import { defineAction } from '../../core/define-action';
import { residentHashOf } from '../../app/complaint-flow';

export const messageList = defineAction({
  name: 'message.list',
  summary: 'The caller’s in-app messages (新投诉, 即将到期, 已逾期, 答复 …), newest first.',
  async handler(input, ctx) {
    const caller = ctx.caller;
    const key = caller.staff ? `staff:${caller.staff.id}` : `subject:${residentHashOf(ctx)}`;
    const messages = await ctx.deps.store.messages.forRecipient(key, input.limit ?? 50);
    return {
      messages: messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        title: m.title,
        body: m.body,
        complaintId: m.complaintId,
        rectificationId: m.rectificationId,
        followupId: m.followupId,
        appealId: m.appealId,
        cardId: m.cardId,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  },
});
