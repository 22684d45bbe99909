/**
 * Rectification items (整改): a problem found by the office (from a complaint, a 差评 pattern or
 * a report line) with an owner, a plan and a due date, progress reports, completion and the
 * office's verification. Changes are versioned and commit with their notices, like complaints.
 */
import type { OutboxItem } from './complaint-store';
export type {
  RectificationStatus,
  RectificationSourceKind,
  RectificationEntry,
  Rectification,
} from '../domain/rectification.entities';
import type { RectificationStatus, Rectification } from '../domain/rectification.entities';

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
