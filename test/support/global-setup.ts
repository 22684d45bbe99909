import { startPostgres } from './postgres-server';

/** One PostgreSQL server for the whole unit run; each suite makes its own database on it. */
export default async function globalSetup() {
  const server = await startPostgres();
  process.env.PG_TEST_SERVER = server.url;
  (globalThis as any).__PG_SERVER__ = server;
}
