export const name = '0014_staff_passwords';

/** PC sign-in for staff: one password hash per staff record (set with a bind code). */
export const sql = `
CREATE TABLE staff_passwords (
  staff_id text PRIMARY KEY REFERENCES staff(id) ON DELETE CASCADE,
  hash text NOT NULL,
  updated_at timestamptz NOT NULL
);
`;
