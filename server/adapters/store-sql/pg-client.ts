/**
 * A real PostgreSQL server through node-postgres, with a small pool. The database may go away
 * (a restart, a failover, `pg_terminate_backend`) and come back: a dropped connection is an
 * error event the pool must hear (unheard, it kills the process), a query on the way answers
 * 503 SERVICE.UNAVAILABLE, and the next query opens a fresh connection by itself.
 */
import pg from 'pg';
import { fail, withDetails } from '../../core/errors';
import type { SqlClient } from './sql-client';

// int8 (count(*)) as a JS number, as PGlite returns it; counts here stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/** How long a client should wait before trying again while the database is away. */
const RETRY_AFTER_S = 5;

/**
 * Connection-level failures (the server is down, restarting, or dropped us) as opposed to a
 * query's own error: SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown,
 * crash shutdown, cannot connect now), and the socket errors of a server that is not there.
 */
export function isConnectionLoss(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  if (typeof e.code === 'string' && (/^08/.test(e.code) || /^57P0[123]$/.test(e.code))) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(e.code ?? ''))
    return true;
  return /Connection terminated|connection ended|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    e.message ?? '',
  );
}

const unavailable = () => withDetails(fail('SERVICE.UNAVAILABLE'), { retryAfter: RETRY_AFTER_S });

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw isConnectionLoss(err) ? unavailable() : err;
  }
}

export interface PgOptions {
  /** Told of a dropped connection (the process stays up either way). */
  onConnectionLost?: (err: Error) => void;
}

export async function openPostgres(connectionString: string, max = 10, o: PgOptions = {}): Promise<SqlClient> {
  // A connection attempt that hangs (a server half up) fails in time instead of queueing forever.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000 });
  const lost = (err: Error) => o.onConnectionLost?.(err);
  // An idle pooled connection the server dropped: the pool discards it; we only need to listen.
  pool.on('error', lost);
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    query: <R>(text: string, params?: unknown[]) => guarded(async () => (await pool.query(text, params)).rows as R[]),
    exec: (sql) => guarded(async () => void (await pool.query(sql))),
    async transaction(fn) {
      const client = await guarded(() => pool.connect());
      // A checked-out connection that drops between two statements errors on the client itself.
      client.on('error', lost);
      let broken = false;
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
        broken = isConnectionLoss(err);
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw broken ? unavailable() : err;
      } finally {
        client.removeListener('error', lost);
        // A broken connection is destroyed, never handed to the next caller.
        client.release(broken || undefined);
      }
    },
    close: () => pool.end(),
  };
}
