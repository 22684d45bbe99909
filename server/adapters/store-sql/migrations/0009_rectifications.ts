export const name = '0009_rectifications';

/**
 * Rectification items, and notices that belong to one: the outbox and in-app messages now
 * belong to a complaint or to a rectification item (exactly one).
 */
export const sql = `
CREATE TABLE rectifications (
  id text PRIMARY KEY,
  source_kind text NOT NULL CHECK (source_kind IN ('complaint', 'evaluations', 'report', 'other')),
  complaint_id text REFERENCES complaints(id),
  source_note text NOT NULL,
  problem text NOT NULL,
  owner_department_id text NOT NULL REFERENCES departments(id),
  owner_staff_id text REFERENCES staff(id),
  plan text NOT NULL,
  due_on text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'submitted', 'verified')),
  entries jsonb NOT NULL,
  created_by text NOT NULL REFERENCES staff(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  verified_at timestamptz,
  next_sweep_at timestamptz,
  sweep_stage text NOT NULL CHECK (sweep_stage IN ('none', 'dueDay', 'overdue')),
  version integer NOT NULL,
  request_id text NOT NULL,
  UNIQUE (created_by, request_id)
);
CREATE INDEX rectifications_department_due ON rectifications (owner_department_id, due_on);
CREATE INDEX rectifications_next_sweep ON rectifications (next_sweep_at) WHERE next_sweep_at IS NOT NULL;

ALTER TABLE outbox ALTER COLUMN complaint_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN rectification_id text REFERENCES rectifications(id);
ALTER TABLE outbox ADD CONSTRAINT outbox_one_subject CHECK ((complaint_id IS NULL) <> (rectification_id IS NULL));
ALTER TABLE messages ALTER COLUMN complaint_id DROP NOT NULL;
ALTER TABLE messages ADD COLUMN rectification_id text REFERENCES rectifications(id);
`;
