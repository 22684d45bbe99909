export const name = '0019_audit_log';

/**
 * The office's audit trail. Append-only in the database itself: a trigger refuses every UPDATE
 * and DELETE, so not even a bug in the product (or a careless script) can edit history.
 */
export const sql = `
CREATE TABLE audit_log (
  id text PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_staff_id text,
  actor_name text NOT NULL,
  kind text NOT NULL,
  target text NOT NULL,
  summary text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_staff_id, at DESC, id DESC);
CREATE INDEX audit_log_kind ON audit_log (kind, at DESC, id DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
`;
