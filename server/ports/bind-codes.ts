/** One-time codes with which a staff member links their WeChat account to their staff record. */
export interface BindCode {
  /** Keyed hash of the code: the code itself is shown once to the admin, never stored. */
  codeHash: string;
  staffId: string;
  createdByStaffId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface BindCodeStore {
  put(c: BindCode): Promise<void>;
  /** Uses the code if it exists, is unused and unexpired: atomically, once. Returns its staff id. */
  consume(codeHash: string, now: Date): Promise<string | null>;
}
