import type { SqlClient } from './sql-client';
import { MIGRATIONS } from './migrations';

/**
 * Applies pending migrations. A transaction-scoped advisory lock makes concurrent starts of
 * several instances safe: the second waits, then finds nothing left to apply.
 */
export async function migrate(db: SqlClient): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.name)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
      applied.push(m.name);
    }
    return applied;
  });
}

/** The migrations not yet applied (none table yet: all of them), without applying any. */
export async function pendingMigrations(db: SqlClient): Promise<string[]> {
  const [{ exists }] = await db.query<{ exists: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS exists",
  );
  const done = new Set(
    exists ? (await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name) : [],
  );
  return MIGRATIONS.map((m) => m.name).filter((n) => !done.has(n));
}
