export const name = '0002_complaints';

/** Complaint cases, their timeline, the notification outbox and in-app messages. */
export const sql = `
CREATE TABLE complaints (
  id text PRIMARY KEY,
  tracking_no text NOT NULL UNIQUE,
  subject_hash text NOT NULL,
  anonymous boolean NOT NULL,
  contact_phone text,
  source text NOT NULL CHECK (source IN ('card', 'window', 'department', 'evaluation')),
  card_id text REFERENCES cards(id),
  window_id text REFERENCES windows(id),
  evaluation_id text REFERENCES evaluations(id),
  department_id text NOT NULL REFERENCES departments(id),
  staff_id text REFERENCES staff(id),
  category text NOT NULL,
  content text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'replied', 'closed', 'rejected')),
  assignee_staff_id text REFERENCES staff(id),
  reply_due_at timestamptz NOT NULL,
  reply jsonb,
  rating text CHECK (rating IN ('satisfied', 'basic', 'unsatisfied', 'none')),
  rating_comment text NOT NULL DEFAULT '',
  reject_reason text,
  reopen_count integer NOT NULL DEFAULT 0,
  next_sweep_at timestamptz,
  sweep_stage text NOT NULL CHECK (sweep_stage IN ('none', 'reminded', 'dueDay', 'overdue')),
  last_escalated_on text,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  closed_at timestamptz,
  request_id text NOT NULL,
  request_hash text NOT NULL,
  UNIQUE (subject_hash, request_id)
);
CREATE INDEX complaints_subject_created ON complaints (subject_hash, created_at DESC);
CREATE INDEX complaints_assignee_due ON complaints (assignee_staff_id, reply_due_at);
CREATE INDEX complaints_department_due ON complaints (department_id, reply_due_at);
-- The sweep reads only cases whose time has come.
CREATE INDEX complaints_next_sweep ON complaints (next_sweep_at) WHERE next_sweep_at IS NOT NULL;

CREATE TABLE case_events (
  id text PRIMARY KEY,
  complaint_id text NOT NULL REFERENCES complaints(id),
  at timestamptz NOT NULL,
  kind text NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('resident', 'staff', 'system')),
  actor_staff_id text,
  data jsonb NOT NULL DEFAULT '{}',
  seq bigserial
);
CREATE INDEX case_events_complaint ON case_events (complaint_id, at, seq);

CREATE TABLE outbox (
  id text PRIMARY KEY,
  dedup_key text NOT NULL UNIQUE,
  kind text NOT NULL,
  recipient jsonb NOT NULL,
  complaint_id text NOT NULL REFERENCES complaints(id),
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'undeliverable')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_complaint ON outbox (complaint_id);

CREATE TABLE messages (
  id text PRIMARY KEY,
  recipient_key text NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  complaint_id text NOT NULL REFERENCES complaints(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX messages_recipient_created ON messages (recipient_key, created_at DESC);
`;
