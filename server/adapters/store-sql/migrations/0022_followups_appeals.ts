export const name = '0022_followups_appeals';

/**
 * 差评回访 (follow-up cases), 申诉复核 (appeals) and what an upheld appeal does: the evaluation or
 * complaint is flagged `excluded` — never deleted — and left out of every figure. Notices and
 * messages may now belong to a follow-up or an appeal (still exactly one subject each), and a
 * rectification item may come from a follow-up's 限期整改.
 */
export const sql = `
CREATE TABLE followups (
  id text PRIMARY KEY,
  evaluation_id text NOT NULL UNIQUE REFERENCES evaluations(id),
  subject_hash text NOT NULL,
  notify_openid text,
  department_id text NOT NULL REFERENCES departments(id),
  staff_id text REFERENCES staff(id),
  card_id text REFERENCES cards(id),
  window_id text REFERENCES windows(id),
  matter_id text,
  title text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  callback_phone text,
  status text NOT NULL CHECK (status IN ('open', 'approval', 'answered', 'review', 'closed', 'withdrawn')),
  assignee_staff_id text REFERENCES staff(id),
  due_at timestamptz NOT NULL,
  record jsonb,
  rectification_id text,
  rectified_at timestamptz,
  satisfied boolean,
  entries jsonb NOT NULL,
  next_sweep_at timestamptz,
  sweep_stage text NOT NULL CHECK (sweep_stage IN ('none', 'reminded', 'dueDay', 'overdue')),
  last_escalated_on text,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  closed_at timestamptz
);
CREATE INDEX followups_next_sweep ON followups (next_sweep_at) WHERE next_sweep_at IS NOT NULL;
CREATE INDEX followups_assignee_due ON followups (assignee_staff_id, due_at);
CREATE INDEX followups_department_due ON followups (department_id, due_at);
CREATE INDEX followups_status_due ON followups (status, due_at);
CREATE INDEX followups_subject ON followups (subject_hash);
CREATE INDEX followups_created ON followups (created_at);

CREATE TABLE appeals (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('evaluation', 'complaint', 'classification')),
  evaluation_id text REFERENCES evaluations(id),
  complaint_id text REFERENCES complaints(id),
  followup_id text REFERENCES followups(id),
  by_staff_id text NOT NULL REFERENCES staff(id),
  about_staff_id text REFERENCES staff(id),
  department_id text NOT NULL REFERENCES departments(id),
  classification text CHECK (classification IN ('mistaken', 'malicious')),
  reason text NOT NULL,
  attachment text,
  status text NOT NULL CHECK (status IN ('pending', 'upheld', 'dismissed')),
  due_at timestamptz NOT NULL,
  decided_by text REFERENCES staff(id),
  decision text,
  decided_at timestamptz,
  next_sweep_at timestamptz,
  sweep_stage text NOT NULL CHECK (sweep_stage IN ('none', 'reminded', 'dueDay', 'overdue')),
  last_escalated_on text,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  request_id text NOT NULL,
  UNIQUE (by_staff_id, request_id),
  CHECK ((evaluation_id IS NULL) <> (complaint_id IS NULL))
);
-- One pending appeal per evaluation or complaint at a time.
CREATE UNIQUE INDEX appeals_pending_evaluation ON appeals (evaluation_id) WHERE status = 'pending' AND evaluation_id IS NOT NULL;
CREATE UNIQUE INDEX appeals_pending_complaint ON appeals (complaint_id) WHERE status = 'pending' AND complaint_id IS NOT NULL;
CREATE INDEX appeals_status_created ON appeals (status, created_at DESC);
CREATE INDEX appeals_next_sweep ON appeals (next_sweep_at) WHERE next_sweep_at IS NOT NULL;

ALTER TABLE evaluations ADD COLUMN excluded boolean NOT NULL DEFAULT false;
ALTER TABLE evaluations ADD COLUMN excluded_by_appeal text;
ALTER TABLE complaints ADD COLUMN excluded boolean NOT NULL DEFAULT false;
ALTER TABLE complaints ADD COLUMN excluded_by_appeal text;

ALTER TABLE outbox ADD COLUMN followup_id text REFERENCES followups(id);
ALTER TABLE outbox ADD COLUMN appeal_id text REFERENCES appeals(id);
ALTER TABLE outbox DROP CONSTRAINT outbox_one_subject;
ALTER TABLE outbox ADD CONSTRAINT outbox_one_subject CHECK (num_nonnulls(complaint_id, rectification_id, followup_id, appeal_id) = 1);
ALTER TABLE messages ADD COLUMN followup_id text REFERENCES followups(id);
ALTER TABLE messages ADD COLUMN appeal_id text REFERENCES appeals(id);

ALTER TABLE rectifications ADD COLUMN followup_id text REFERENCES followups(id);
ALTER TABLE rectifications DROP CONSTRAINT rectifications_source_kind_check;
ALTER TABLE rectifications ADD CONSTRAINT rectifications_source_kind_check
  CHECK (source_kind IN ('complaint', 'evaluations', 'report', 'other', 'followup'));
`;
