/** Scores entered for the annual assessment (绩效考核); grades are computed, never stored. */
export interface AssessmentScore {
  year: number;
  staffId: string;
  /** 部门内互评 (peer review), 0–100. */
  peer: number | null;
  /** The head's score, 0–100. */
  head: number | null;
  /** Self-assessment: recorded, not counted. */
  self: number | null;
  enteredByStaffId: string;
  updatedAt: Date;
}

export interface AssessmentStore {
  /** Creates or replaces the year's scores of one person. */
  putScore(s: AssessmentScore): Promise<void>;
  scores(year: number): Promise<AssessmentScore[]>;
}
