/** What an idempotent insert reports: created, or the row that already holds the key. */
export type InsertResult<T> = { created: true; row: T } | { created: false; conflict: 'request' | 'visit'; row: T };
