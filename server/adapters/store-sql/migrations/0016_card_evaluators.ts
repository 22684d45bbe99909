export const name = '0016_card_evaluators';

/**
 * 一事一评: a card takes one evaluation — the first resident identity that evaluates it owns it.
 * Existing cards are claimed by whoever evaluated them first.
 */
export const sql = `
CREATE TABLE card_evaluators (
  card_id text PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
  subject_hash text NOT NULL,
  claimed_at timestamptz NOT NULL
);
INSERT INTO card_evaluators (card_id, subject_hash, claimed_at)
  SELECT DISTINCT ON (card_id) card_id, subject_hash, created_at
  FROM evaluations WHERE target = 'card' AND card_id IS NOT NULL
  ORDER BY card_id, created_at, id;
`;
