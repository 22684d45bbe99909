/**
 * An appeal (申诉复核) against a 差评 or a complaint: by the staff member it is about, within 15
 * days, or — for a follow-up classified 误评 or 恶意差评 — by the follow-up's handler. The office
 * decides within 7 days; an upheld appeal flags the evaluation or complaint `excluded` (kept, left
 * out of every figure). Residents are never told who appealed.
 */
import type { FollowupClassification } from './followup.entities';

export type AppealKind = 'evaluation' | 'complaint' | 'classification';
export type AppealStatus = 'pending' | 'upheld' | 'dismissed';

export interface Appeal {
  id: string;
  kind: AppealKind;
  /** Exactly one of evaluationId and complaintId; a classification appeal names its follow-up too. */
  evaluationId: string | null;
  complaintId: string | null;
  followupId: string | null;
  byStaffId: string;
  /** The staff member the 差评 or complaint is about. */
  aboutStaffId: string | null;
  departmentId: string;
  /** For a classification appeal: what the handler found (误评 / 恶意差评). */
  classification: Extract<FollowupClassification, 'mistaken' | 'malicious'> | null;
  reason: string;
  /** An uploaded file id (local f_… or cloud://…), optional. */
  attachment: string | null;
  status: AppealStatus;
  dueAt: Date;
  decidedBy: string | null;
  decision: string | null;
  decidedAt: Date | null;
  nextSweepAt: Date | null;
  sweepStage: 'none' | 'reminded' | 'dueDay' | 'overdue';
  lastEscalatedOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  requestId: string;
}
