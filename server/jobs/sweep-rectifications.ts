/**
 * The rectification part of the sweep: the due-day notice to the owner, then one overdue
 * escalation to the owner, the department head and the office (who is told of what:
 * domain/rectification.recipients.ts). Each item changes in one versioned write with its
 * notices (deduplicated), so a second run sends nothing twice.
 */
import type { CoreDeps } from '../core/define-action';
import { rectNotices } from '../app/rectification-notices';
import { rectNextSweepAt, rectSweepStep } from '../domain/rectification.rules';
import type { OutboxItem } from '../ports/complaint-store';
import type { Rectification } from '../ports/rectifications';

export async function sweepRectifications(deps: CoreDeps, batch = 50, budgetMs = 15_000) {
  const { store, clock } = deps;
  const started = Date.now();
  const seen = new Set<string>();
  let changed = 0;
  for (;;) {
    const now = clock.now();
    const due = (await store.rectifications.dueForSweep(now, batch)).filter((r) => !seen.has(r.id));
    if (!due.length) break;
    for (const r of due) {
      seen.add(r.id);
      if (await sweepOne(deps, r, now)) changed++;
    }
    if (Date.now() - started > budgetMs) break;
  }
  return changed;
}

async function sweepOne(deps: CoreDeps, r: Rectification, now: Date) {
  const { store } = deps;
  const step = rectSweepStep(r, now);
  const next: Rectification = { ...r, updatedAt: now, version: r.version + 1 };
  let outbox: OutboxItem[] = [];
  if (step === 'dueDay') {
    next.sweepStage = 'dueDay';
    next.entries = [...r.entries, { at: now, byStaffId: null, kind: 'dueDay', text: '' }];
    outbox = await rectNotices(store, 'rect.dueDay', r, now, 'dueDay', '今天是整改期限，请按时报结');
  } else if (step === 'overdue') {
    next.sweepStage = 'overdue';
    next.entries = [...r.entries, { at: now, byStaffId: null, kind: 'overdue', text: '' }];
    outbox = await rectNotices(store, 'rect.overdue', r, now, 'overdue', (role) =>
      role === 'owner' ? '整改已逾期，请尽快完成并报结' : '整改已逾期，请督办',
    );
  }
  next.nextSweepAt = rectNextSweepAt(next);
  // Null: someone changed the item meanwhile; the next run sees the new version.
  return Boolean(await store.rectifications.transition(next, outbox)) && step !== null;
}
