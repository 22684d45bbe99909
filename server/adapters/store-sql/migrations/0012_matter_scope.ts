export const name = '0012_matter_scope';

/**
 * The matter (办事事项) an evaluation or complaint is about, kept on the row (from its card) so
 * statistics can be scoped to a matter without a join; rows from before are filled from cards.
 */
export const sql = `
ALTER TABLE evaluations ADD COLUMN matter_id text REFERENCES matters(id);
ALTER TABLE complaints ADD COLUMN matter_id text REFERENCES matters(id);
UPDATE evaluations e SET matter_id = c.matter_id FROM cards c WHERE e.card_id = c.id AND c.matter_id IS NOT NULL;
UPDATE complaints x SET matter_id = c.matter_id FROM cards c WHERE x.card_id = c.id AND c.matter_id IS NOT NULL;
CREATE INDEX evaluations_matter_created ON evaluations (matter_id, created_at) WHERE matter_id IS NOT NULL;
CREATE INDEX complaints_matter_created ON complaints (matter_id, created_at) WHERE matter_id IS NOT NULL;
`;
