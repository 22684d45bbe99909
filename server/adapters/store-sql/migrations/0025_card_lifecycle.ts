export const name = '0025_card_lifecycle';

/**
 * The card's service case (受理 → 补正 → 办结 / 退回) with its timeline, the residents waiting to be
 * told, the due-date watch, and notices about a card. Cards issued before: 即办件 are 办结 at
 * issue; open ones due in the last week or later are watched from now (older ones are not
 * alerted all at once).
 */
export const sql = `
ALTER TABLE cards ADD COLUMN status text NOT NULL DEFAULT 'accepted'
  CHECK (status IN ('accepted', 'supplement', 'completed', 'returned'));
ALTER TABLE cards ADD COLUMN completed_at timestamptz;
ALTER TABLE cards ADD COLUMN supplement jsonb;
ALTER TABLE cards ADD COLUMN returned jsonb;
ALTER TABLE cards ADD COLUMN notice jsonb;
ALTER TABLE cards ADD COLUMN events jsonb NOT NULL DEFAULT '[]';
ALTER TABLE cards ADD COLUMN watchers jsonb NOT NULL DEFAULT '[]';
ALTER TABLE cards ADD COLUMN sweep_stage integer NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN next_sweep_at timestamptz;
ALTER TABLE cards ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE cards ADD COLUMN updated_at timestamptz;
UPDATE cards SET updated_at = issued_at;
ALTER TABLE cards ALTER COLUMN updated_at SET NOT NULL;
UPDATE cards SET status = 'completed', completed_at = issued_at WHERE matter_type = '即办件';
UPDATE cards SET next_sweep_at = due_at - interval '1 day'
  WHERE status = 'accepted' AND due_at > now() - interval '7 days';
CREATE INDEX cards_next_sweep ON cards (next_sweep_at, id) WHERE next_sweep_at IS NOT NULL;
CREATE INDEX cards_open_due ON cards (department_id, due_at, id) WHERE status IN ('accepted', 'supplement');
CREATE INDEX cards_department_issued ON cards (department_id, issued_at);

ALTER TABLE outbox ADD COLUMN card_id text REFERENCES cards(id);
ALTER TABLE outbox DROP CONSTRAINT outbox_one_subject;
ALTER TABLE outbox ADD CONSTRAINT outbox_one_subject
  CHECK (num_nonnulls(complaint_id, rectification_id, followup_id, appeal_id, card_id) = 1);
ALTER TABLE messages ADD COLUMN card_id text REFERENCES cards(id);
`;
