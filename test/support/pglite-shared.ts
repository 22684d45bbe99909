/**
 * One in-memory PGlite per test file, emptied before each use: starting PGlite runs initdb
 * (~1.5 s), truncating takes milliseconds. The engine and SQL are those of ./.data.
 */
import { openPglite } from '../../server/adapters/store-sql/pglite-client';
import type { SqlClient } from '../../server/adapters/store-sql/sql-client';
import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import type { Store } from '../../server/ports/store';

let shared: SqlClient | null = null;

export async function freshPgliteStore(): Promise<Store> {
  shared ??= await openPglite();
  const store = await createSqlStore(shared);
  await shared.exec(
    'TRUNCATE departments, staff, windows, matters, cards, evaluations, settings, complaints, case_events, outbox, messages, files, bind_codes, assessment_scores, audit_log, sign_in_attempts CASCADE',
  );
  // Closing a test's store must not close the shared engine.
  return { ...store, close: async () => undefined };
}

/** The engine behind freshPgliteStore, for tests that read its tables directly. */
export async function sharedPgliteClient(): Promise<SqlClient> {
  shared ??= await openPglite();
  return shared;
}

export async function closeSharedPglite() {
  await shared?.close();
  shared = null;
}
