export const name = '0017_evaluation_amendments';

/**
 * Amendments are kept: the level as first given, how many amendments changed the level, and the
 * earlier versions ({level, at}, oldest first). Rows amended before this keep no earlier version
 * (it was overwritten); their first level is taken to be the current one.
 */
export const sql = `
ALTER TABLE evaluations ADD COLUMN first_level smallint CHECK (first_level BETWEEN 1 AND 5);
UPDATE evaluations SET first_level = level;
ALTER TABLE evaluations ALTER COLUMN first_level SET NOT NULL;
ALTER TABLE evaluations ADD COLUMN level_changes integer NOT NULL DEFAULT 0;
ALTER TABLE evaluations ADD COLUMN earlier jsonb NOT NULL DEFAULT '[]';
`;
