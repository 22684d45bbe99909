/**
 * Complaint routing (首问负责, AB岗): the staff member the complaint is about; if away or not
 * reachable, their B-post backup; else the department head; else the supervisors' queue.
 * Every step is kept with its reason for the timeline.
 */
import type { Department, Staff } from '../ports/store';
import { isOnLeave } from './duty';

export interface RouteStep {
  staffId: string;
  role: 'primary' | 'backup' | 'head';
  /** Why this person was passed over; absent for the one chosen. */
  skipped?: 'on-leave' | 'unreachable' | 'missing';
}

export interface Route {
  assignee: Staff | null;
  steps: RouteStep[];
}

export interface RouteInput {
  primary: Staff | null;
  /** A window's B post, else the primary's own backup. */
  backupId: string | null;
  department: Department;
  date: string;
  staffById(id: string): Staff | undefined;
  /** Whether a notice can reach this person (e.g. a bound WeChat account in CloudBase). */
  reachable(staff: Staff): boolean;
}

export function route(input: RouteInput): Route {
  const candidates: [RouteStep['role'], string | null][] = [
    ['primary', input.primary?.id ?? null],
    ['backup', input.backupId ?? input.primary?.backupStaffId ?? null],
    ['head', input.department.headStaffId],
  ];
  const steps: RouteStep[] = [];
  const seen = new Set<string>();
  for (const [role, id] of candidates) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const staff = input.staffById(id);
    if (!staff) steps.push({ staffId: id, role, skipped: 'missing' });
    else if (isOnLeave(staff, input.date)) steps.push({ staffId: id, role, skipped: 'on-leave' });
    else if (!input.reachable(staff)) steps.push({ staffId: id, role, skipped: 'unreachable' });
    else {
      steps.push({ staffId: id, role });
      return { assignee: staff, steps };
    }
  }
  return { assignee: null, steps };
}
