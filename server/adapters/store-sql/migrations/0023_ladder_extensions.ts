export const name = '0023_ladder_extensions';

/** The 督办 ladder's progress on complaints and follow-ups, and a complaint's one 延期. */
export const sql = `
ALTER TABLE complaints ADD COLUMN ladder_step integer NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN extension jsonb;
ALTER TABLE followups ADD COLUMN ladder_step integer NOT NULL DEFAULT 0;
`;
