/**
 * AB岗 for open work, run by the sweep: the open complaints and follow-ups of a handler on leave
 * pass to their B post, and return when the leave ends (domain/handover.rules.ts). Each move is
 * one versioned write with its deduplicated notices, so running it twice moves nothing twice.
 */
import type { CoreDeps } from '../core/define-action';
import { AppError } from '../core/errors';
import { commitChange } from '../app/complaint-flow';
import { commitFollowup } from '../app/followup-flow';
import { orgIndex } from '../app/complaint-views';
import { shanghaiDate } from '../contract/dates';
import { isOnLeave } from '../domain/duty';
import { coverChange } from '../domain/handover.rules';
import { handedOver } from '../domain/complaint.transitions';
import { followupHandedOver } from '../domain/followup.transitions';

const PAGE = 200;

export async function handOverOpenWork(deps: CoreDeps): Promise<number> {
  const { store, clock } = deps;
  const now = clock.now();
  const date = shanghaiDate(now);
  const org = await orgIndex(store);
  const staff = [...org.staff.values()];
  // Whose open work may move today: those on leave (it passes on), and the B posts of anyone
  // (what they hold for someone back from leave returns).
  const holders = staff.filter((s) => isOnLeave(s, date) || staff.some((o) => o.backupStaffId === s.id));
  const byId = (id: string) => org.staff.get(id);
  let moved = 0;
  const conflict = (err: unknown) =>
    err instanceof AppError && (err.code === 'COMPLAINT.CONFLICT' || err.code === 'FOLLOWUP.CONFLICT');
  for (const h of holders) {
    for (const c of await store.complaints.list({ assigneeStaffId: h.id, statuses: ['pending'] }, PAGE)) {
      const cover = coverChange(c, byId, date);
      if (!cover) continue;
      try {
        await commitChange({ deps, now }, c, handedOver(c, org, cover, date));
        moved++;
      } catch (err) {
        if (!conflict(err)) throw err;
      }
    }
    const page = await store.followups.inbox(
      { all: false, assigneeStaffId: h.id, headOfDepartmentIds: [], readerStaffId: '' },
      { statuses: ['open'], order: 'due' },
      null,
      PAGE,
    );
    for (const f of page.rows) {
      const cover = coverChange(f, byId, date);
      if (!cover) continue;
      try {
        await commitFollowup({ deps, now }, f, followupHandedOver(f, org, cover, date));
        moved++;
      } catch (err) {
        if (!conflict(err)) throw err;
      }
    }
  }
  return moved;
}
