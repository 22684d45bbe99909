/** Who is on duty at a window (AB岗: the B post acts while the A post holder is away). */
import type { Staff, Window } from './org.entities';

export function isOnLeave(staff: Staff, date: string): boolean {
  return staff.leave.some((p) => p.from <= date && date <= p.to);
}

export function onDutyStaff(window: Window, staffById: (id: string) => Staff | undefined, date: string): Staff | null {
  for (const id of [window.aStaffId, window.bStaffId]) {
    const staff = id ? staffById(id) : undefined;
    if (staff && !isOnLeave(staff, date)) return staff;
  }
  return null;
}
