export const name = '0013_guards';

/**
 * Rate-limit counters, one row per (key, window): an upsert adds one and returns the count, so
 * several hosts on one database share a limit. Old windows are purged by the sweep.
 */
export const sql = `
CREATE TABLE rate_counters (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_counters_window ON rate_counters (window_start);
`;
