/**
 * The cards part of the sweep (限时办结 watched): the issuer is told the day before the due date,
 * the issuer and the department's head the day after it was missed — once each per deadline.
 * Each card changes in one versioned write with its notices (deduplicated by the deadline), so
 * a second run, or a run after a crash, sends nothing twice. A 补正 stops the watch until the
 * clock runs again.
 */
import type { CoreDeps } from '../core/define-action';
import { cardOutbox } from '../app/card-flow';
import { cardSweepStep, cardWatchTimes } from '../domain/card.rules';
import { cardSwept } from '../domain/card.transitions';
import type { Card } from '../ports/store';

export async function sweepCards(deps: CoreDeps, batch = 50, budgetMs = 15_000) {
  const { store, clock } = deps;
  const started = Date.now();
  const seen = new Set<string>();
  const heads = new Map((await store.org.departments()).map((d) => [d.id, d.headStaffId]));
  let changed = 0;
  for (;;) {
    const now = clock.now();
    const due = (await store.cards.dueForSweep(now, batch)).filter((c) => !seen.has(c.id));
    if (!due.length) break;
    for (const c of due) {
      seen.add(c.id);
      if (await sweepCard(deps, c, heads.get(c.departmentId) ?? null, now)) changed++;
    }
    if (Date.now() - started > budgetMs) break;
  }
  return changed;
}

async function sweepCard(deps: CoreDeps, c: Card, headStaffId: string | null, now: Date) {
  const step = cardSweepStep(c, now);
  if (!step) {
    // Nothing owed now: closed or paused (nothing more to watch), or past the due date before the
    // morning after it (too late for the day-before notice; the overdue one is owed then).
    const overdueAt =
      c.status === 'accepted' && c.sweepStage < 2 && now > c.dueAt ? cardWatchTimes(c.dueAt).overdueAt : null;
    await deps.store.cards.transition({ ...c, nextSweepAt: overdueAt, version: c.version + 1, updatedAt: now }, []);
    return false;
  }
  const { next, tell } = cardSwept(c, step, headStaffId, now);
  // Null: someone changed the card meanwhile; the next run sees the new version.
  return Boolean(await deps.store.cards.transition(next, cardOutbox(next, tell, now)));
}
