export const name = '0003_photos';

/** Complaint photos: uploads kept in the database (local mode and self-hosted). */
export const sql = `
ALTER TABLE complaints ADD COLUMN photos jsonb NOT NULL DEFAULT '[]';

CREATE TABLE files (
  id text PRIMARY KEY,
  owner_hash text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL,
  complaint_id text REFERENCES complaints(id)
);
CREATE INDEX files_complaint ON files (complaint_id);
`;
