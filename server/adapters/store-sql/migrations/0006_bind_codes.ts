export const name = '0006_bind_codes';

/** One-time bind codes: a staff member links their WeChat account to their record. */
export const sql = `
CREATE TABLE bind_codes (
  code_hash text PRIMARY KEY,
  staff_id text NOT NULL REFERENCES staff(id),
  created_by_staff_id text NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
`;
