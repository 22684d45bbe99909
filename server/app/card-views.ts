/** Shared read helpers that turn stored rows into what a page shows. */
import type { CardView, StaffBrief } from '../contract/card.schema';
import { cardUrl } from '../domain/card.rules';
import { amendableUntil } from '../domain/evaluation.rules';
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

export async function cardView(
  store: Store,
  card: Card,
  publicBaseUrl: string,
): Promise<Omit<CardView, 'myEvaluation'>> {
  const [staff, department, window] = await Promise.all([
    store.org.staffById(card.staffId),
    store.org.departmentById(card.departmentId),
    card.windowId ? store.org.windowById(card.windowId) : Promise.resolve(null),
  ]);
  return {
    cardId: card.id,
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
