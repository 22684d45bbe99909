/**
 * Rectification items (整改): a problem found by the office (from a complaint, a 差评 pattern or
 * a report line) with an owner, a plan and a due date, progress reports, completion and the
 * office's verification. Changes are versioned and commit with their notices, like complaints.
 */
import type { OutboxItem } from './complaint-store';

export type RectificationStatus = 'open' | 'submitted' | 'verified';
export type RectificationSourceKind = 'complaint' | 'evaluations' | 'report' | 'other';

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

export interface RectificationFilter {
  ownerDepartmentId?: string;
  ownerStaffId?: string;
  statuses?: RectificationStatus[];
}

export interface RectificationStore {
  /** Creates with its notices, atomically; idempotent on (createdBy, requestId). */
  create(r: Rectification, outbox: OutboxItem[]): Promise<{ created: boolean; row: Rectification }>;
  byId(id: string): Promise<Rectification | null>;
  /** Earliest due first. */
  list(f: RectificationFilter, limit: number): Promise<Rectification[]>;
  /** Writes `next` if the stored item still has `next.version - 1`, with its notices. Null = someone else won. */
  transition(next: Rectification, outbox: OutboxItem[]): Promise<Rectification | null>;
  dueForSweep(now: Date, limit: number): Promise<Rectification[]>;
}
