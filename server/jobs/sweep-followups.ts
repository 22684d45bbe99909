/**
 * The follow-up and appeal part of the sweep. A follow-up gets what a complaint gets (a reminder,
 * the due-day notice, an overdue escalation at most once a day to the handler and those who
 * supervise them — never the rated person), and an answered one nobody rated closes itself. An
 * appeal the office has not decided by its deadline is reported to the office, once. Each change
 * is one versioned write with its deduplicated notices: a second run sends nothing twice.
 */
import type { CoreDeps } from '../core/define-action';
import { AppError } from '../core/errors';
import { commitFollowup } from '../app/followup-flow';
import { appealNotice } from '../app/appeal-flow';
import { orgIndex } from '../app/complaint-views';
import { complaintLadder, complaintSettings } from '../app/settings';
import { daysOverdue, rungsDue } from '../domain/ladder.rules';
import { shanghaiDate } from '../contract/dates';
import { followupNextSweepAt, followupSweepStep } from '../domain/followup.rules';
import { followupSwept } from '../domain/followup.transitions';
import { officeHandlers } from '../domain/complaint.recipients';
import type { Appeal } from '../ports/followups';

export async function sweepFollowups(deps: CoreDeps, batch = 50, budgetMs = 15_000) {
  const { store, clock } = deps;
  const [settings, org, ladder] = await Promise.all([
    complaintSettings(store),
    orgIndex(store),
    complaintLadder(store),
  ]);
  const started = Date.now();
  const seen = new Set<string>();
  let changed = 0;
  for (;;) {
    const now = clock.now();
    const due = (await store.followups.dueForSweep(now, batch)).filter((f) => !seen.has(f.id));
    if (!due.length) break;
    for (const f of due) {
      seen.add(f.id);
      const step = followupSweepStep(f, now, settings);
      try {
        if (step) {
          const rungs =
            step.kind === 'overdue'
              ? rungsDue(ladder, f.ladderStep, daysOverdue(shanghaiDate(f.dueAt), step.date, settings.dayKind))
              : [];
          await commitFollowup({ deps, now }, f, followupSwept(f, org, step, now, rungs));
          changed++;
        } else {
          // Nothing due (a setting changed): just move the next sweep time on.
          const next = { ...f, version: f.version + 1, updatedAt: now };
          next.nextSweepAt = followupNextSweepAt(next, settings);
          await store.followups.transition(next, []);
        }
      } catch (err) {
        // Someone changed it meanwhile: the next run sees the new version.
        if (!(err instanceof AppError && err.code === 'FOLLOWUP.CONFLICT')) throw err;
      }
    }
    if (Date.now() - started > budgetMs) break;
  }
  return changed + (await sweepAppeals(deps, batch));
}

async function sweepAppeals(deps: CoreDeps, batch: number) {
  const { store, clock } = deps;
  const now = clock.now();
  const org = await orgIndex(store);
  let changed = 0;
  for (const a of await store.appeals.dueForSweep(now, batch)) {
    const next: Appeal = { ...a, sweepStage: 'overdue', nextSweepAt: null, version: a.version + 1, updatedAt: now };
    const outbox =
      a.status === 'pending'
        ? officeHandlers(org, { staffId: a.aboutStaffId })
            .filter((s) => s.id !== a.byStaffId)
            .map((s) =>
              appealNotice(
                'appeal.overdue',
                { staffId: s.id },
                next,
                now,
                'overdue',
                '申诉复核已超过 7 日，请尽快复核',
              ),
            )
        : [];
    if (await store.appeals.transition(next, outbox)) changed += outbox.length ? 1 : 0;
  }
  return changed;
}
