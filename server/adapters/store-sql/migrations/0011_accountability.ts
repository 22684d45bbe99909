export const name = '0011_accountability';

/** 责任追究 records, and the assessment sheet among the export kinds. */
export const sql = `
CREATE TABLE accountability_records (
  id text PRIMARY KEY,
  staff_id text NOT NULL REFERENCES staff(id),
  kind text NOT NULL CHECK (kind IN ('writtenCheck', 'admonishment', 'warning', 'discipline', 'referral')),
  decided_on text NOT NULL,
  complaint_id text REFERENCES complaints(id),
  reason text NOT NULL,
  created_by text NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL,
  request_id text NOT NULL,
  UNIQUE (created_by, request_id)
);
CREATE INDEX accountability_decided ON accountability_records (decided_on, staff_id);

ALTER TABLE export_jobs DROP CONSTRAINT export_jobs_kind_check;
ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_kind_check CHECK (kind IN ('evaluations', 'complaints', 'rankings', 'report', 'assessment'));
`;
