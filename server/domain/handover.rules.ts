/**
 * AB岗 for open work: while a handler is on leave, their open complaints and follow-ups pass to
 * their B post (deadline unchanged) and come back when the leave ends. A B post who is away too,
 * missing, or the very person the case is about, takes nothing: the case stays (and the ladder
 * reaches the supervisors as for any late case).
 */
import { isOnLeave } from './duty';
import type { Staff } from './org.entities';

export interface Held {
  assigneeStaffId: string | null;
  coveringFor: string | null;
  /** The person the case is about (never its holder). */
  staffId: string | null;
}

export interface Cover {
  /** The new holder. */
  to: string;
  from: string;
  /** Whose case it is while the new holder covers; null when it goes back to them. */
  coveringFor: string | null;
  why: 'leave' | 'back';
}

/** Who should hold the case on `date` if not its holder now; null when it stays. */
export function coverChange(c: Held, staffById: (id: string) => Staff | undefined, date: string): Cover | null {
  const holder = c.assigneeStaffId;
  if (!holder) return null;
  const owner = c.coveringFor ? staffById(c.coveringFor) : undefined;
  if (owner && c.coveringFor && !isOnLeave(owner, date) && c.coveringFor !== c.staffId) {
    return { to: c.coveringFor, from: holder, coveringFor: null, why: 'back' };
  }
  const current = staffById(holder);
  if (!current || !isOnLeave(current, date)) return null;
  const backup = current.backupStaffId ? staffById(current.backupStaffId) : undefined;
  if (!backup || backup.id === c.staffId || backup.id === holder || isOnLeave(backup, date)) return null;
  return { to: backup.id, from: holder, coveringFor: c.coveringFor ?? holder, why: 'leave' };
}
