/**
 * The sweep: reminders before the deadline, the due-day notice, overdue escalation at most once
 * a day, and auto-closing replies nobody rated. It reads only cases whose `nextSweepAt` has come
 * (indexed), in bounded batches within a time budget (a cloud function's timeout), and each case
 * changes in one atomic versioned write with its notices, so running it twice, or again after a
 * crash, sends every notice exactly once. Rectification items, follow-ups and cards are swept
 * after the cases.
 */
import type { CoreDeps } from '../core/define-action';
import { applyChange, commitChange } from '../app/complaint-flow';
import { orgIndex, type OrgIndex } from '../app/complaint-views';
import { complaintLadder, complaintSettings } from '../app/settings';
import { daysOverdue, rungsDue, type LadderStep } from '../domain/ladder.rules';
import { shanghaiDate } from '../contract/dates';
import { sweepStep, type ComplaintSettings, type SweepStep } from '../domain/complaint.rules';
import { swept } from '../domain/complaint.transitions';
import { AppError } from '../core/errors';
import type { Complaint } from '../ports/complaint-store';
import { sweepRectifications } from './sweep-rectifications';
import { sweepFollowups } from './sweep-followups';
import { sweepCards } from './sweep-cards';
import { handOverOpenWork } from './hand-over';
import { retentionCutoffs } from '../domain/retention.rules';
import { hashRawEventActors } from './hash-event-actors';

export interface SweepOptions {
  batch?: number;
  /** Stop starting new batches after this long. */
  budgetMs?: number;
}

export interface SweepResult {
  cases: number;
  rectifications: number;
  /** Follow-ups and appeals the sweep changed. */
  followups?: number;
  /** Cards the sweep told someone about (day before the due date, overdue). */
  cards?: number;
  /** Another instance was sweeping: this run did nothing (it will pick up the rest next time). */
  skipped?: true;
}

/** How long a CloudBase sweep lease lasts if its holder dies (PostgreSQL frees it at once). */
const LEASE_MS = 5 * 60_000;
/** Rate-limit windows are at most a day long; two days back nothing is still counted. */
const RATE_WINDOWS_KEPT_MS = 2 * 24 * 3600_000;
/**
 * Sign-in attempt counters: a staff member is told of the wrong passwords on their 工号 since
 * their last sign-in, so these outlast a holiday; an address's own counts matter a day at most.
 */
const ATTEMPTS_KEPT_MS = 30 * 24 * 3600_000;

/**
 * One sweep at a time across every instance (hosts behind a proxy, cloud function instances):
 * two at once would be safe — each change is version-checked — but would do the work twice.
 */
export async function runSweep(deps: CoreDeps, o: SweepOptions = {}): Promise<SweepResult> {
  const result = await deps.store.locks.exclusive('sweep', LEASE_MS, async () => {
    // AB岗 first, so today's reminders and rungs reach whoever holds the case today.
    const handedOver = await handOverOpenWork(deps);
    if (handedOver) deps.logger.info('duty.handedOver', { moved: handedOver });
    const swept = await sweepAll(deps, o);
    const rehashed = await hashRawEventActors(deps);
    if (rehashed) deps.logger.info('privacy.eventActorsHashed', { rehashed });
    const now = deps.clock.now();
    await deps.store.rates.purge(new Date(now.getTime() - RATE_WINDOWS_KEPT_MS));
    await deps.store.attempts.purge(new Date(now.getTime() - ATTEMPTS_KEPT_MS));
    const cut = retentionCutoffs(now);
    const contacts =
      (await deps.store.complaints.purgeContacts(cut.contactsClosedBefore)) +
      (await deps.store.followups.purgeContacts(cut.contactsClosedBefore));
    const sealed = await deps.store.outbox.purgeSealed(cut.noticesBefore);
    if (contacts || sealed) deps.logger.info('retention.purged', { contacts, sealed });
    return swept;
  });
  return result ?? { cases: 0, rectifications: 0, skipped: true };
}

async function sweepAll(deps: CoreDeps, o: SweepOptions) {
  const [settings, org, ladder] = await Promise.all([
    complaintSettings(deps.store),
    orgIndex(deps.store),
    complaintLadder(deps.store),
  ]);
  const started = Date.now();
  const seen = new Set<string>();
  let changed = 0;
  for (;;) {
    const now = deps.clock.now();
    const due = (await deps.store.complaints.dueForSweep(now, o.batch ?? 50)).filter((c) => !seen.has(c.id));
    if (!due.length) break;
    for (const c of due) {
      seen.add(c.id);
      const step = withRungs(sweepStep(c, now, settings), c, ladder, settings);
      try {
        if (await sweepCase(deps, c, org, step, now, settings)) changed++;
      } catch (err) {
        // Someone changed the case meanwhile: the next run sees the new version.
        if (!(err instanceof AppError && err.code === 'COMPLAINT.CONFLICT')) throw err;
      }
    }
    if (Date.now() - started > (o.budgetMs ?? 15_000)) break;
  }
  const rest = () => Math.max(1000, (o.budgetMs ?? 15_000) - (Date.now() - started));
  const rectifications = await sweepRectifications(deps, o.batch ?? 50, rest());
  const followups = await sweepFollowups(deps, o.batch ?? 50, rest());
  const cards = await sweepCards(deps, o.batch ?? 50, rest());
  return { cases: changed, rectifications, followups, cards };
}

async function sweepCase(
  deps: CoreDeps,
  c: Complaint,
  org: OrgIndex,
  step: SweepStep | null,
  now: Date,
  settings: ComplaintSettings,
) {
  const ctx = { deps, now };
  // Nothing due (e.g. a setting changed): just move the case's next sweep time on.
  if (!step) {
    await applyChange(ctx, c, {}, [], [], settings);
    return false;
  }
  await commitChange(ctx, c, swept(c, org, step, now), settings);
  return true;
}

/** An overdue step carries the ladder's rungs due today that the case has not climbed yet. */
function withRungs(
  step: SweepStep | null,
  c: Complaint,
  ladder: readonly LadderStep[],
  settings: ComplaintSettings,
): SweepStep | null {
  if (step?.kind !== 'overdue') return step;
  const overdue = daysOverdue(shanghaiDate(c.replyDueAt), step.date, settings.dayKind);
  return { ...step, rungs: rungsDue(ladder, c.ladderStep, overdue), ladderIndex: c.ladderStep };
}
