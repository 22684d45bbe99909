/** An evaluation (评价) of a card or a window visit, with the history of its amendments. */
export interface Evaluation {
  id: string;
  /** Keyed hash of the resident's identity; the identity itself is never stored. */
  subjectHash: string;
  target: 'card' | 'window';
  cardId: string | null;
  windowId: string | null;
  staffId: string | null;
  departmentId: string;
  /** The card's matter (办事事项), for statistics by matter; null for window evaluations. */
  matterId: string | null;
  /** One evaluation per resident per visit: `card:<id>` or `window:<id>:<YYYY-MM-DD>`. */
  visitKey: string;
  level: number;
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
  createdAt: Date;
  updatedAt: Date;
  requestId: string;
  requestHash: string;
  /**
   * Amendments are kept ("不得强迫或者干扰评价人的评价行为": pressure at the window leaves a trace):
   * the level as first given, how many amendments changed the level, and every earlier version's
   * level with the time it was given, oldest first. Statistics count the latest level.
   */
  firstLevel: number;
  levelChanges: number;
  earlier: EarlierLevel[];
}

/** What a submission writes; the store starts the amendment history itself. */
export type NewEvaluation = Omit<Evaluation, 'firstLevel' | 'levelChanges' | 'earlier'>;

export interface EarlierLevel {
  level: number;
  at: Date;
}

export interface EvaluationDetails {
  level: number;
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
  updatedAt: Date;
}
