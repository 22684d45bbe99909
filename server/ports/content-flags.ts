/**
 * Texts stored although the content check did not pass them cleanly (WeChat said `review`, or
 * could not check): the admin's moderation list. A flag keeps the flagged text as it was, and
 * nothing of who wrote it.
 */
export type FlaggedKind = 'evaluation' | 'complaint' | 'reply' | 'rating';

export interface ContentFlag {
  /** A digest of (kind, refId, text): flagging the same text twice is one flag. */
  id: string;
  kind: FlaggedKind;
  /** The evaluation or complaint the text belongs to. */
  refId: string;
  verdict: 'review' | 'unavailable';
  label: number | null;
  reason: string | null;
  text: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByStaffId: string | null;
}

export interface ContentFlagStore {
  /** Adds the flag unless one with its id exists. */
  put(f: ContentFlag): Promise<void>;
  /** Unresolved flags, newest first. */
  open(limit: number): Promise<ContentFlag[]>;
  /** Marks a flag seen; false when it is unknown or already resolved. */
  resolve(id: string, byStaffId: string, at: Date): Promise<boolean>;
}
