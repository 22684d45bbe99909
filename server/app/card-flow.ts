/**
 * The service case on a card: load it as a caller sees it, judge a staff command on it, and
 * store the change with its notices in one versioned write (a lost race is judged again on the
 * state that won). The sweep's watch of due dates uses the same write.
 */
import type { ActionContext } from '../core/define-action';
import { errors, fail } from '../core/errors';
import type { Card, Store } from '../ports/store';
import type { OutboxItem } from '../ports/complaint-store';
import { judgeCardCommand, type CardCommand, type CardTell } from '../domain/card.transitions';
import { mayActOnCard } from '../domain/card.rules';
import { thing } from '../domain/complaint.rules';
import { CARD_STATUS_LABELS, type CardView } from '../contract/card.schema';
import { dueText, outboxItem } from './complaint-notices';
import { cardTimeline, cardView, cardWindowDays } from './card-views';
import { subjectHash, type Caller } from '../security/identity';

type Ctx = Pick<ActionContext, 'deps' | 'now' | 'requestId'> & { caller: Caller };

export const cardNotFound = () => errors.notFound('CARD.NOT_FOUND', '该监督卡，请核对二维码');

/** Whether this staff member may move the card on (mayActOnCard with the card's people looked up). */
export async function canActOnCard(store: Store, card: Card, staffId: string | null): Promise<boolean> {
  if (!staffId) return false;
  if (staffId === card.staffId) return true;
  const [issuer, department, window] = await Promise.all([
    store.org.staffById(card.staffId),
    store.org.departmentById(card.departmentId),
    card.windowId ? store.org.windowById(card.windowId) : Promise.resolve(null),
  ]);
  return mayActOnCard(card, staffId, { issuer, window, headStaffId: department?.headStaffId ?? null });
}

/** The notices of a card change as outbox items (dedup: kind, card, occasion, recipient). */
export function cardOutbox(card: Card, tell: CardTell[], now: Date): OutboxItem[] {
  return tell.map((t) =>
    outboxItem(t.kind, t.recipient, { cardId: card.id }, now, t.occasion, t.body, {
      trackingNo: '',
      category: thing(card.matter),
      dueAt: dueText(card.dueAt),
      status: thing(CARD_STATUS_LABELS[card.status], 5),
    }),
  );
}

/** The full card page for this caller: their own evaluation is added by card.get. */
export async function cardPage(ctx: Ctx, card: Card): Promise<Omit<CardView, 'myEvaluation'>> {
  const { store, config } = ctx.deps;
  const hash = subjectHash(config.identityPepper, ctx.caller.principal.subject);
  const [canAct, windowDays, timeline] = await Promise.all([
    canActOnCard(store, card, ctx.caller.staff?.id ?? null),
    cardWindowDays(store),
    cardTimeline(store, card),
  ]);
  const view = await cardView(store, card, config.publicBaseUrl, { canAct, windowDays });
  return { ...view, timeline, notifyMe: card.watchers.some((w) => w.subjectHash === hash) };
}

/**
 * Runs a staff command on a card: only its issuer, their B post or the head may; a retry (same
 * request, or the same effect already there) answers with the card as it is; a concurrent
 * change makes it judge again on the new state (at most a few rounds).
 */
export async function runCardCommand(ctx: Ctx, cardId: string, cmd: CardCommand): Promise<CardView> {
  const { store } = ctx.deps;
  const staffId = ctx.caller.staff?.id ?? null;
  for (let round = 0; round < 4; round++) {
    const card = await store.cards.byId(cardId);
    if (!card) throw cardNotFound();
    if (!(await canActOnCard(store, card, staffId))) throw fail('CARD.NOT_HANDLER');
    const judged = judgeCardCommand(card, cmd, staffId as string, ctx.now, ctx.requestId);
    if (judged.kind === 'illegal') throw fail('CARD.ILLEGAL_TRANSITION', judged.what);
    const stored =
      judged.kind === 'same'
        ? card
        : await store.cards.transition(judged.next, cardOutbox(judged.next, judged.tell, ctx.now));
    if (stored) return { ...(await cardPage(ctx, stored)), myEvaluation: null };
  }
  throw fail('CARD.CONFLICT');
}
