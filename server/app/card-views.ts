/** Shared read helpers that turn stored rows into what a page shows. */
import type { CardListItem, CardView, StaffBrief } from '../contract/card.schema';
import { cardUrl } from '../domain/card.rules';
import { amendableUntil, CARD_WINDOW_DAYS, CARD_WINDOW_KEY, cardEvaluableUntil } from '../domain/evaluation.rules';
import { shanghaiDate } from '../contract/dates';
import type { Card, Evaluation, Staff, Store } from '../ports/store';

export function staffBrief(s: Staff): StaffBrief {
  return { id: s.id, name: s.name, number: s.number };
}

export async function departmentName(store: Store, id: string): Promise<string> {
  return (await store.org.departmentById(id))?.name ?? '';
}

export function myEvaluationBrief(e: Evaluation | null, amendHours: number) {
  return e
    ? { evaluationId: e.id, level: e.level, amendableUntil: amendableUntil(e.createdAt, amendHours).toISOString() }
    : null;
}

/** The days after the service a card takes its evaluation (setting `evaluation.cardWindowDays`). */
export async function cardWindowDays(store: Store): Promise<number> {
  return (await store.settings.get<number>(CARD_WINDOW_KEY)) ?? CARD_WINDOW_DAYS;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A card as lists and pages show it; `canAct` is the reader's (see app/card-flow mayActOnCard). */
export async function cardView(
  store: Store,
  card: Card,
  publicBaseUrl: string,
  o: { canAct: boolean; windowDays: number },
): Promise<CardListItem> {
  const [staff, department, window] = await Promise.all([
    store.org.staffById(card.staffId),
    store.org.departmentById(card.departmentId),
    card.windowId ? store.org.windowById(card.windowId) : Promise.resolve(null),
  ]);
  return {
    cardId: card.id,
    status: card.status,
    completedAt: iso(card.completedAt),
    supplement: card.supplement
      ? {
          items: card.supplement.items,
          nextVisitOn: card.supplement.nextVisitOn,
          requestedAt: card.supplement.requestedAt.toISOString(),
          resumedAt: iso(card.supplement.resumedAt),
        }
      : null,
    returned: card.returned
      ? { reason: card.returned.reason, referTo: card.returned.referTo, at: card.returned.at.toISOString() }
      : null,
    notice: card.notice,
    evaluableUntil: cardEvaluableUntil(card, o.windowDays).toISOString(),
    canAct: o.canAct,
    matter: card.matter,
    matterType: card.matterType,
    promisedDays: card.promisedDays,
    dayKind: card.dayKind,
    notes: card.notes,
    supervisionPhone: card.supervisionPhone,
    issuedAt: card.issuedAt.toISOString(),
    dueAt: card.dueAt.toISOString(),
    dueDate: shanghaiDate(card.dueAt),
    staff: staff ? staffBrief(staff) : { id: card.staffId, name: '', number: '' },
    department: { id: card.departmentId, name: department?.name ?? '' },
    window: window ? { id: window.id, name: window.name } : null,
    url: cardUrl(publicBaseUrl, card.id),
  };
}

/** The card's own timeline as anyone reads it: staff names (they are on the card anyway), never a resident. */
export async function cardTimeline(store: Store, card: Card): Promise<CardView['timeline']> {
  const ids = [...new Set(card.events.map((e) => e.byStaffId).filter((x): x is string => Boolean(x)))];
  const names = new Map(
    (await Promise.all(ids.map((id) => store.org.staffById(id)))).flatMap((s) => (s ? [[s.id, s.name]] : [])),
  );
  const issued = {
    at: card.issuedAt.toISOString(),
    kind: 'issued' as const,
    by: names.get(card.staffId) ?? '',
    text: '受理，开具办事监督卡',
  };
  if (!names.has(card.staffId)) issued.by = (await store.org.staffById(card.staffId))?.name ?? '';
  return [
    issued,
    ...card.events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      by: e.byStaffId ? (names.get(e.byStaffId) ?? '') : '',
      text: e.text,
    })),
  ];
}
