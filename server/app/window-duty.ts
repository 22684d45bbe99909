/** Who serves at a window now (AB岗): read from the store, decided by domain/duty.ts. */
import { onDutyStaff } from '../domain/duty';
import { shanghaiDate } from '../contract/dates';
import type { Staff, Store, Window } from '../ports/store';

/** The staff on duty at a window at `now`: the A post, or the B backup while A is away. */
export async function windowOnDuty(store: Store, window: Window, now: Date): Promise<Staff | null> {
  const ids = [window.aStaffId, window.bStaffId].filter((x): x is string => Boolean(x));
  const people = await Promise.all(ids.map((id) => store.org.staffById(id)));
  const byId = new Map(people.filter((p): p is Staff => Boolean(p)).map((p) => [p.id, p]));
  return onDutyStaff(window, (id) => byId.get(id), shanghaiDate(now));
}
