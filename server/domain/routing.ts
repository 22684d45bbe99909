/**
 * Complaint routing. The person complained about never handles the complaint (DOMAIN.md §5,
 * "杜绝…刁难报复评议人员"): a complaint about a staff member, or to a department, goes to the head
 * of that department — or the head's B-post backup while the head is away; a complaint about a
 * head, and every 廉洁问题 complaint, goes to the office queue (评议办 / 纪检: the admins).
 * Every step is kept with its reason for the timeline.
 */
import type { Department, Staff } from './org.entities';
import { isOnLeave } from './duty';

/** The category that always goes to the office (效能/纪检), whoever it is about. */
export const INTEGRITY_CATEGORY = '廉洁问题';

/** Why the case went where it went. */
export type RouteReason =
  /** About a staff member: their department's head handles it. */
  | 'about-staff'
  /** To a department: its head handles it. */
  | 'department'
  /** About the department's head: the office. */
  | 'about-head'
  /** 廉洁问题: the office. */
  | 'integrity';

export interface RouteStep {
  staffId: string;
  role: 'head' | 'backup';
  /** Why this person was passed over; absent for the one chosen. */
  skipped?: 'on-leave' | 'unreachable' | 'missing' | 'complained-about';
}

export interface Route {
  /** null = the office queue. */
  assignee: Staff | null;
  reason: RouteReason;
  steps: RouteStep[];
}

export interface RouteInput {
  /** The staff member the complaint is about (a card's issuer, a window's staff on duty, the rated person); null for a department. */
  about: Staff | null;
  department: Department;
  category: string;
  /** Asia/Shanghai date, for leave. */
  date: string;
  staffById(id: string): Staff | undefined;
  /** Whether a notice can reach this person (e.g. a bound WeChat account in CloudBase). */
  reachable(staff: Staff): boolean;
}

export function route(input: RouteInput): Route {
  const about = input.about;
  if (input.category === INTEGRITY_CATEGORY) return { assignee: null, reason: 'integrity', steps: [] };
  const headId = input.department.headStaffId;
  if (about && headId === about.id) return { assignee: null, reason: 'about-head', steps: [] };
  const reason: RouteReason = about ? 'about-staff' : 'department';
  const head = headId ? input.staffById(headId) : undefined;
  const candidates: [RouteStep['role'], string | null][] = [
    ['head', headId],
    ['backup', head?.backupStaffId ?? null],
  ];
  const steps: RouteStep[] = [];
  const seen = new Set<string>();
  for (const [role, id] of candidates) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const staff = input.staffById(id);
    if (about && id === about.id) steps.push({ staffId: id, role, skipped: 'complained-about' });
    else if (!staff) steps.push({ staffId: id, role, skipped: 'missing' });
    else if (isOnLeave(staff, input.date)) steps.push({ staffId: id, role, skipped: 'on-leave' });
    else if (!input.reachable(staff)) steps.push({ staffId: id, role, skipped: 'unreachable' });
    else {
      steps.push({ staffId: id, role });
      return { assignee: staff, reason, steps };
    }
  }
  return { assignee: null, reason, steps };
}
