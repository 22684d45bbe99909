/** Foundation schema: organisation, supervision cards, evaluations, settings. */
export const name = '0001_init';
export const sql = `
CREATE TABLE departments (
  id text PRIMARY KEY,
  name text NOT NULL,
  head_staff_id text,
  supervision_phone text NOT NULL DEFAULT ''
);

CREATE TABLE staff (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  name text NOT NULL,
  department_id text NOT NULL REFERENCES departments(id),
  role text NOT NULL CHECK (role IN ('staff', 'admin')),
  backup_staff_id text,
  leave jsonb NOT NULL DEFAULT '[]',
  openid text UNIQUE
);

CREATE TABLE windows (
  id text PRIMARY KEY,
  name text NOT NULL,
  department_id text NOT NULL REFERENCES departments(id),
  a_staff_id text REFERENCES staff(id),
  b_staff_id text REFERENCES staff(id)
);

CREATE TABLE matters (
  id text PRIMARY KEY,
  department_id text NOT NULL REFERENCES departments(id),
  name text NOT NULL,
  type text NOT NULL,
  promised_days integer NOT NULL,
  notes text NOT NULL DEFAULT ''
);
CREATE INDEX matters_department ON matters (department_id);

CREATE TABLE cards (
  id text PRIMARY KEY,
  matter text NOT NULL,
  matter_type text NOT NULL,
  matter_id text REFERENCES matters(id),
  promised_days integer NOT NULL,
  day_kind text NOT NULL,
  notes text NOT NULL,
  supervision_phone text NOT NULL,
  staff_id text NOT NULL REFERENCES staff(id),
  department_id text NOT NULL REFERENCES departments(id),
  window_id text REFERENCES windows(id),
  issued_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  request_id text NOT NULL,
  request_hash text NOT NULL,
  UNIQUE (staff_id, request_id)
);
CREATE INDEX cards_staff_issued ON cards (staff_id, issued_at DESC);

CREATE TABLE evaluations (
  id text PRIMARY KEY,
  subject_hash text NOT NULL,
  target text NOT NULL CHECK (target IN ('card', 'window')),
  card_id text REFERENCES cards(id),
  window_id text REFERENCES windows(id),
  staff_id text REFERENCES staff(id),
  department_id text NOT NULL REFERENCES departments(id),
  visit_key text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  dimensions jsonb NOT NULL DEFAULT '{}',
  tags jsonb NOT NULL DEFAULT '[]',
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  request_id text NOT NULL,
  request_hash text NOT NULL,
  -- One evaluation per resident per visit; one row per resident request key.
  UNIQUE (subject_hash, visit_key),
  UNIQUE (subject_hash, request_id)
);
CREATE INDEX evaluations_subject_created ON evaluations (subject_hash, created_at DESC);
CREATE INDEX evaluations_department_created ON evaluations (department_id, created_at);
CREATE INDEX evaluations_staff_created ON evaluations (staff_id, created_at);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
`;
