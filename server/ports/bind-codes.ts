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

/** A staff member's password for signing in on a PC browser (set with a bind code). */
export interface StaffPassword {
  staffId: string;
  /** `scrypt$N$r$p$salt$key` (see security/password.ts); never the password. */
  hash: string;
  updatedAt: Date;
}

export interface StaffPasswordStore {
  get(staffId: string): Promise<StaffPassword | null>;
  /** Sets or replaces the staff member's password. */
  put(p: StaffPassword): Promise<void>;
}
