/** The little the SQL store needs from a driver; PGlite and node-postgres both fit. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

export type SqlTx = Pick<SqlClient, 'query' | 'exec'>;

/** `aStaffId` → `a_staff_id`: how the columns spell an entity's fields. */
type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;

/**
 * A row as its mapper reads it: the fields of `T` under their column names, with `T`'s types.
 * The driver checks none of it (`query<R>` only names the shape): timestamps arrive as Date, JSON
 * columns parsed (their inner dates as strings), and the mappers still convert with `new Date`
 * and `Number` where a driver may answer otherwise.
 */
export type RowOf<T> = { [K in keyof T & string as Snake<K>]: T[K] };
