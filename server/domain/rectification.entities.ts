/** A rectification item (整改事项) and its record of reports and checks. */

export type RectificationStatus = 'open' | 'submitted' | 'verified';

export type RectificationSourceKind = 'complaint' | 'evaluations' | 'report' | 'other' | 'followup';

export interface RectificationEntry {
  at: Date;
  /** null for the system (the sweep). */
  byStaffId: string | null;
  kind: 'created' | 'progress' | 'submitted' | 'returned' | 'verified' | 'dueDay' | 'overdue';
  text: string;
}

export interface Rectification {
  id: string;
  sourceKind: RectificationSourceKind;
  complaintId: string | null;
  /** The 差评 follow-up whose 限期整改 opened it: its resident is told when it is verified. */
  followupId?: string | null;
  /** Where it came from, in words (the 差评 pattern, the report line). */
  sourceNote: string;
  problem: string;
  ownerDepartmentId: string;
  /** A named person, or null when the department (its head) owns it. */
  ownerStaffId: string | null;
  plan: string;
  /** Asia/Shanghai date, included. */
  dueOn: string;
  status: RectificationStatus;
  entries: RectificationEntry[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  verifiedAt: Date | null;
  nextSweepAt: Date | null;
  sweepStage: 'none' | 'dueDay' | 'overdue';
  version: number;
  requestId: string;
}
