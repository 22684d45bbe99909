export const name = '0021_sign_in_attempts';

/**
 * Sign-in attempt counters (ports/guards.ts AttemptLedger): one row per keyed hash with its count
 * and the time of its last attempt, read without counting and claimed by a conditional update.
 * The sweep forgets rows whose last attempt is old.
 */
export const sql = `
CREATE TABLE sign_in_attempts (
  key text PRIMARY KEY,
  count integer NOT NULL,
  last_at timestamptz NOT NULL
);
CREATE INDEX sign_in_attempts_last ON sign_in_attempts (last_at);
`;
