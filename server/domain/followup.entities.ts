/**
 * A follow-up case (回访核实) opened by a 差评: the head of the rated person's department (or the
 * office) calls the resident back, finds out what happened, classifies the 差评 and disposes of
 * it; the resident sees the outcome in 我的评价 and may rate it. The rated person never handles it.
 */

export type FollowupStatus =
  /** Waiting for the handler's record. */
  | 'open'
  /** Recorded as 误评 or 恶意差评: the office must approve (an appeal of kind 'classification'). */
  | 'approval'
  /** Recorded: the resident sees the outcome and may rate it. */
  | 'answered'
  /** The resident was not satisfied: the office looks again, and its record is final. */
  | 'review'
  | 'closed'
  /** The resident changed the rating to one that is not a 差评 before anyone recorded it. */
  | 'withdrawn';

export type FollowupCallback = 'reached' | 'unreached' | 'none';
export type FollowupClassification = 'true' | 'partly' | 'untrue' | 'mistaken' | 'malicious';
export type FollowupDisposal = 'fixed' | 'rectify' | 'explained';

export interface FollowupRecord {
  callback: FollowupCallback;
  classification: FollowupClassification;
  disposal: FollowupDisposal;
  /** What was done, what will be rectified, or the explanation given (the resident reads it). */
  content: string;
  byStaffId: string;
  at: Date;
}

export interface FollowupEntry {
  at: Date;
  kind:
    | 'opened'
    | 'phoneLeft'
    | 'recorded'
    | 'approvalAsked'
    | 'approved'
    | 'refused'
    | 'rated'
    | 'reviewed'
    | 'rectified'
    | 'withdrawn'
    | 'reminded'
    | 'dueDay'
    | 'overdue'
    | 'autoClosed'
    | 'phoneRevealed'
    | 'handedOver';
  /** null for the resident and the system. */
  byStaffId: string | null;
  text: string;
  /** The request that wrote it: a retry finds its own entry and changes nothing. */
  requestId?: string;
}

export interface Followup {
  id: string;
  /** One follow-up per evaluation. */
  evaluationId: string;
  /** Keyed hash of the resident (their 我的评价 shows the outcome); the identity is never stored. */
  subjectHash: string;
  /** The resident's WeChat OPENID, sealed, to push the outcome; dropped when the case ends. */
  notifyOpenid: string | null;
  departmentId: string;
  /** The rated person (never a handler or a reader of this case). */
  staffId: string | null;
  cardId: string | null;
  windowId: string | null;
  matterId: string | null;
  /** What was rated, in words: the card's matter, or the window's name (kept: a renamed window stays recognisable). */
  title: string;
  /** The 差评's level when the case opened (1 or 2). */
  level: number;
  /** Personal data, left with explicit consent (愿意接受回访): masked to the handler, revealed with a log entry. */
  callbackPhone: string | null;
  status: FollowupStatus;
  /** Who must act now; null = the office queue. */
  assigneeStaffId: string | null;
  dueAt: Date;
  record: FollowupRecord | null;
  /** The rectification item a 限期整改 opened, and when it was verified. */
  rectificationId: string | null;
  rectifiedAt: Date | null;
  /** The resident's view of the outcome. */
  satisfied: boolean | null;
  entries: FollowupEntry[];
  nextSweepAt: Date | null;
  sweepStage: 'none' | 'reminded' | 'dueDay' | 'overdue';
  lastEscalatedOn: string | null;
  /** How many steps of the 督办 ladder the current deadline has climbed. */
  ladderStep: number;
  /** AB岗: the handler on leave whose follow-up this B post holds until they are back. */
  coveringFor: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}
