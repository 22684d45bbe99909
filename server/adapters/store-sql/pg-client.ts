/** A real PostgreSQL server through node-postgres, with a small pool. */
import pg from 'pg';
import type { SqlClient } from './sql-client';

// int8 (count(*)) as a JS number, as PGlite returns it; counts here stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openPostgres(connectionString: string, max = 10): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString, max });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    async query<R>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as R[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
