export const name = '0015_content_flags';

/** The admin's moderation list: texts stored although the content check flagged them. */
export const sql = `
CREATE TABLE content_flags (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('evaluation', 'complaint', 'reply', 'rating')),
  ref_id text NOT NULL,
  verdict text NOT NULL CHECK (verdict IN ('review', 'unavailable')),
  label integer,
  reason text,
  text text NOT NULL,
  created_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by_staff_id text
);
CREATE INDEX content_flags_open ON content_flags (created_at DESC) WHERE resolved_at IS NULL;
`;
