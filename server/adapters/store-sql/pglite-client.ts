/** The embedded default: PostgreSQL in WASM (PGlite), data in a directory or in memory. */
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './sql-client';

export async function openPglite(dataDir?: string): Promise<SqlClient> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  return {
    kind: 'pglite',
    async query<R>(text: string, params?: unknown[]) {
      return (await db.query<R>(text, params)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
          exec: async (sql: string) => {
            await tx.exec(sql);
          },
        }),
      ),
    close: () => db.close(),
  };
}
