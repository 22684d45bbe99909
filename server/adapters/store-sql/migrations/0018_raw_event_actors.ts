export const name = '0018_raw_event_actors';

/**
 * Timeline entries still naming a raw identity (written before actors were hashed) are found by
 * this partial index, which stays empty once the sweep has hashed them (jobs/hash-event-actors.ts):
 * the sweep's check costs nothing afterwards.
 */
export const sql = `
CREATE INDEX case_events_raw_actor ON case_events (id) WHERE data->>'by' ~ '^(wx|guest|dev|staff):';
`;
