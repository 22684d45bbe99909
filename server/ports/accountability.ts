import type { AccountabilityKind } from '../domain/accountability.rules';

/** One 责任追究 decision on a staff member (from a valid complaint or otherwise). */
export interface AccountabilityRecord {
  id: string;
  staffId: string;
  kind: AccountabilityKind;
  /** Asia/Shanghai date of the decision; its year is the assessment year it counts in. */
  decidedOn: string;
  complaintId: string | null;
  reason: string;
  createdBy: string;
  createdAt: Date;
  requestId: string;
}

export interface AccountabilityStore {
  /** Idempotent on (createdBy, requestId): a retry answers with the first record. */
  add(r: AccountabilityRecord): Promise<{ created: boolean; row: AccountabilityRecord }>;
  /** The year's records (decidedOn in that year), oldest first; one person's when staffId is given. */
  forYear(year: number, staffId?: string): Promise<AccountabilityRecord[]>;
}
