/**
 * The service case on a card (限时办结制): 补正 (一次性告知 of every missing material), 补正完成,
 * 办结, 退回 — by the issuer, their B post or the head — the resident's "tell me when it is
 * done", and the overdue list for heads and the office.
 */
import { defineAction } from '../../core/define-action';
import { fail } from '../../core/errors';
import { canActOnCard, cardNotFound, runCardCommand } from '../../app/card-flow';
import { cardView, cardWindowDays } from '../../app/card-views';
import { cardDaysOverdue } from '../../domain/card.rules';
import { isOpenCard } from '../../contract/card.schema';
import { subjectHash } from '../../security/identity';
import { seal } from '../../security/sealed';

export const cardSupplement = defineAction({
  name: 'card.supplement',
  summary:
    '补正: every missing material listed once (1–30 items) and the next visit date; the clock stops until 补正完成. Once per card (409 after).',
  handler: (input, ctx) =>
    runCardCommand(ctx, input.cardId, {
      kind: 'supplement',
      items: input.items,
      nextVisitOn: input.nextVisitOn ?? null,
    }),
});

export const cardResume = defineAction({
  name: 'card.resume',
  summary: '补正完成: the applicant brought what was missing; the clock runs again for the days that were left.',
  handler: (input, ctx) => runCardCommand(ctx, input.cardId, { kind: 'resume' }),
});

export const cardComplete = defineAction({
  name: 'card.complete',
  summary: '办结: the matter is done; residents who asked are told, with a link to evaluate.',
  handler: (input, ctx) => runCardCommand(ctx, input.cardId, { kind: 'complete' }),
});

export const cardReturn = defineAction({
  name: 'card.return',
  summary:
    '退回 / 不予办理, with the reason the applicant is told and where else to go (`referTo`); residents who asked are told.',
  handler: (input, ctx) =>
    runCardCommand(ctx, input.cardId, { kind: 'return', reason: input.reason, referTo: input.referTo || null }),
});

/** A card watched by more residents than this is not one applicant's: further asks are answered, not stored. */
const WATCHERS_MAX = 20;

export const cardNotifyMe = defineAction({
  name: 'card.notifyMe',
  summary:
    'A resident asks to be told at 办结 or 退回: in-app 消息 for this identity, and in WeChat one 办结通知 push if they accepted the subscribe message (`subscribed`). Staff never see who asked.',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const subject = ctx.caller.principal.subject;
    const hash = subjectHash(config.identityPepper, subject);
    for (let round = 0; round < 4; round++) {
      const card = await store.cards.byId(input.cardId);
      if (!card) throw cardNotFound();
      if (!isOpenCard(card.status)) return { notifyMe: true as const, closed: true };
      const sealedOpenid =
        input.subscribed && subject.startsWith('wx:') ? seal(config.identityPepper, subject.slice(3)) : null;
      const mine = card.watchers.find((w) => w.subjectHash === hash);
      if ((mine && (mine.sealedOpenid || !sealedOpenid)) || (!mine && card.watchers.length >= WATCHERS_MAX)) {
        return { notifyMe: true as const, closed: false };
      }
      const watchers = [
        ...card.watchers.filter((w) => w.subjectHash !== hash),
        { subjectHash: hash, sealedOpenid, at: ctx.now },
      ];
      const stored = await store.cards.transition(
        { ...card, watchers, version: card.version + 1, updatedAt: ctx.now },
        [],
      );
      if (stored) return { notifyMe: true as const, closed: false };
    }
    throw fail('CARD.CONFLICT');
  },
});

export const cardOverdue = defineAction({
  name: 'card.overdue',
  summary:
    'Open cards past their due date, most overdue first: the office all (or one department), a head their departments’, anyone else their own.',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const staff = ctx.caller.staff;
    const departments = await store.org.departments();
    const headed = departments.filter((d) => d.headStaffId === staff.id).map((d) => d.id);
    const office = staff.role === 'admin';
    const scope = office
      ? { departmentIds: input.departmentId ? [input.departmentId] : undefined }
      : headed.length
        ? { departmentIds: input.departmentId ? headed.filter((id) => id === input.departmentId) : headed }
        : { staffId: staff.id };
    const [cards, windowDays] = await Promise.all([
      store.cards.openOverdue({ now: ctx.now, limit: input.limit ?? 50, ...scope }),
      cardWindowDays(store),
    ]);
    return {
      cards: await Promise.all(
        cards.map(async (c) => ({
          ...(await cardView(store, c, config.publicBaseUrl, {
            canAct: await canActOnCard(store, c, staff.id),
            windowDays,
          })),
          daysOverdue: cardDaysOverdue(c, ctx.now),
        })),
      ),
    };
  },
});
