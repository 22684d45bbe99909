/** PGlite under DATA_DIR by default; DATABASE_URL=postgres://… switches to PostgreSQL. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPglite } from '../../adapters/store-sql/pglite-client';
import { openPostgres } from '../../adapters/store-sql/pg-client';
import { createSqlStore } from '../../adapters/store-sql/sql-store';
import type { Store } from '../../ports/store';

export async function openStore(env: NodeJS.ProcessEnv): Promise<Store> {
  if (env.DATABASE_URL) {
    // A restart of the database is logged; requests meanwhile get 503 and the pool reconnects.
    const onConnectionLost = (err: Error) =>
      console.warn(JSON.stringify({ level: 'warn', event: 'db.connection_lost', error: err.message }));
    return createSqlStore(await openPostgres(env.DATABASE_URL, Number(env.PG_POOL_MAX ?? 10), { onConnectionLost }));
  }
  const dir = resolve(env.DATA_DIR ?? '.data', 'pglite');
  mkdirSync(dir, { recursive: true });
  return createSqlStore(await openPglite(dir));
}
