export const name = '0008_exports';

/** Excel export jobs: one per requester and request id, with progress for the client to poll. */
export const sql = `
CREATE TABLE export_jobs (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('evaluations', 'complaints', 'rankings', 'report')),
  requested_by text NOT NULL REFERENCES staff(id),
  request_id text NOT NULL,
  params jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('building', 'done', 'failed')),
  rows_done integer NOT NULL DEFAULT 0,
  rows_total integer NOT NULL DEFAULT 0,
  file_id text,
  file_name text NOT NULL,
  size integer NOT NULL DEFAULT 0,
  error text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- Keyset pages of a period read (created_at, id) in order.
CREATE INDEX evaluations_created_id ON evaluations (created_at, id);
CREATE INDEX complaints_created_id ON complaints (created_at, id);
`;
