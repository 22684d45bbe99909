export const name = '0023_ladder_extensions';

/** The 督办 ladder's progress on complaints and follow-ups, a complaint's one 延期, and AB岗 cover. */
export const sql = `
ALTER TABLE complaints ADD COLUMN ladder_step integer NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN extension jsonb;
ALTER TABLE followups ADD COLUMN ladder_step integer NOT NULL DEFAULT 0;
-- AB岗: whose open work a B post holds while they are on leave.
ALTER TABLE complaints ADD COLUMN covering_for text REFERENCES staff(id);
ALTER TABLE followups ADD COLUMN covering_for text REFERENCES staff(id);
`;
