/** Rate counters, sign-in attempt counters and job locks on PostgreSQL and PGlite. */
import type { AttemptLedger, JobLocks, RateStore } from '../../ports/guards';
import type { SqlClient } from './sql-client';

export function sqlRates(db: SqlClient): RateStore {
  return {
    async hit(key, windowStart) {
      const rows = await db.query<{ count: number }>(
        `INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1 RETURNING count`,
        [key, windowStart],
      );
      return Number(rows[0].count);
    },
    async release(key, windowStart) {
      await db.query('UPDATE rate_counters SET count = count - 1 WHERE key = $1 AND window_start = $2 AND count > 0', [
        key,
        windowStart,
      ]);
    },
    async purge(before) {
      const rows = await db.query('DELETE FROM rate_counters WHERE window_start < $1 RETURNING 1', [before]);
      return rows.length;
    },
    async snapshot() {
      const rows = await db.query<{ key: string; window_start: Date; count: number }>(
        'SELECT key, window_start, count FROM rate_counters WHERE count > 0 ORDER BY key, window_start',
      );
      return Object.fromEntries(
        rows.map((r) => [`${r.key}@${new Date(r.window_start).toISOString()}`, Number(r.count)]),
      );
    },
  };
}

export function sqlAttempts(db: SqlClient): AttemptLedger {
  return {
    async get(key) {
      const [row] = await db.query<{ count: number; last_at: Date }>(
        'SELECT count, last_at FROM sign_in_attempts WHERE key = $1',
        [key],
      );
      return row ? { count: Number(row.count), lastAt: new Date(row.last_at) } : null;
    },
    async claim(key, seen, next, at) {
      // No record yet: the insert is the check (a concurrent one makes it do nothing).
      const rows =
        seen === 0
          ? await db.query(
              'INSERT INTO sign_in_attempts (key, count, last_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING 1',
              [key, next, at],
            )
          : await db.query(
              'UPDATE sign_in_attempts SET count = $3, last_at = $4 WHERE key = $1 AND count = $2 RETURNING 1',
              [key, seen, next, at],
            );
      return rows.length === 1;
    },
    async add(key, at) {
      const rows = await db.query<{ count: number }>(
        `INSERT INTO sign_in_attempts (key, count, last_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET count = sign_in_attempts.count + 1, last_at = GREATEST(sign_in_attempts.last_at, $2) RETURNING count`,
        [key, at],
      );
      return Number(rows[0].count);
    },
    async take(key) {
      const rows = await db.query<{ count: number }>('DELETE FROM sign_in_attempts WHERE key = $1 RETURNING count', [
        key,
      ]);
      return rows.length ? Number(rows[0].count) : 0;
    },
    async purge(before) {
      return (await db.query('DELETE FROM sign_in_attempts WHERE last_at < $1 RETURNING 1', [before])).length;
    },
  };
}

/** The advisory-lock namespace of this application (the first key of the two-key form). */
const LOCK_SPACE = 727002;

export function sqlJobLocks(db: SqlClient): JobLocks {
  // PGlite is one connection in one process (its directory cannot be opened twice), so a
  // process-local flag is the whole lock — and a transaction held open would block every
  // other query on that single connection.
  if (db.kind === 'pglite') {
    const held = new Set<string>();
    return {
      async exclusive(name, _ttlMs, fn) {
        if (held.has(name)) return null;
        held.add(name);
        try {
          return await fn();
        } finally {
          held.delete(name);
        }
      },
    };
  }
  return {
    // A transaction-scoped advisory lock on a connection of its own, held while `fn` runs on
    // the pool's other connections: it is released at commit, or by the server when the holder
    // dies, so no lease can go stale. The ttl is not needed here.
    exclusive: (name, _ttlMs, fn) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok', [
          LOCK_SPACE,
          name,
        ]);
        return row.ok ? fn() : null;
      }),
  };
}
