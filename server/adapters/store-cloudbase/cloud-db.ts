/**
 * The part of the wx-server-sdk database API this adapter uses, typed narrowly so the adapter
 * compiles without the SDK and a test stand-in can implement exactly this surface.
 * `cloud.database()` satisfies it structurally.
 */
export type CloudDoc = Record<string, unknown>;

export interface CloudQuery {
  where(condition: CloudDoc): CloudQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery;
  skip(n: number): CloudQuery;
  limit(n: number): CloudQuery;
  get(): Promise<{ data: CloudDoc[] }>;
  count(): Promise<{ total: number }>;
  /** Updates every matching document (atomically each): a conditional update when the condition holds a version. */
  update(options: { data: CloudDoc }): Promise<{ stats: { updated: number } }>;
  /** Deletes every matching document (server side only). */
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface CloudDocRef {
  /** Replaces the whole document, creating it when absent. */
  set(options: { data: CloudDoc }): Promise<unknown>;
  /** Partial update: plain nested objects MERGE into the stored ones; wrap in `command.set` to replace. */
  update(options: { data: CloudDoc }): Promise<{ stats: { updated: number } }>;
}

export interface CloudCollection extends CloudQuery {
  /**
   * A raw MongoDB pipeline (the SDK serialises it with EJSON, so Dates stay dates) run in the
   * database; `end()` answers `{ data }`.
   */
  aggregate(pipeline: CloudDoc[]): { end(): Promise<{ data: CloudDoc[] }> };
  /** Rejects when a document with the same `_id` exists (or a unique index is violated). */
  add(options: { data: CloudDoc }): Promise<{ _id: string | number }>;
  doc(id: string): CloudDocRef;
}

export interface CloudCommand {
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  gt(value: unknown): unknown;
  in(values: unknown[]): unknown;
  /** Not equal; `neq(null)` also leaves out documents without the field. */
  neq(value: unknown): unknown;
  inc(n: number): unknown;
  /** An update operator: the field becomes exactly this value (no merge). */
  set(value: unknown): unknown;
}

export interface CloudDb {
  collection(name: string): CloudCollection;
  command: CloudCommand;
  /** Rejects when the collection exists already. */
  createCollection(name: string): Promise<unknown>;
  /**
   * Runs `fn` as one transaction (cloud functions only): all its writes or none. Inside, only
   * document operations by `_id`; a rejection of `fn` rolls back and rejects with its reason.
   */
  runTransaction<T>(fn: (tx: CloudTx) => Promise<T>): Promise<T>;
}

export interface CloudTx {
  collection(name: string): {
    doc(id: string): {
      /** The document, or null data when absent (the real SDK may reject instead: see txGet). */
      get(): Promise<{ data: CloudDoc | null }>;
      set(options: { data: CloudDoc }): Promise<unknown>;
    };
  };
}

/** The SDK reports failures as errors with `errCode`/`errMsg`; the stand-in mimics that shape. */
export interface CloudError extends Error {
  errCode?: number;
  errMsg?: string;
}
