/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL and says which, then exits.
 * Safe to run while instances serve, and from several places at once (an advisory lock).
 */
import { migrate } from '../../adapters/store-sql/migrate';
import { openPostgres } from '../../adapters/store-sql/pg-client';
import { consoleLogger } from '../../adapters/system/loggers';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    consoleLogger.error('migrate.config_invalid', { problems: ['DATABASE_URL is required (a postgres:// URL)'] });
    process.exit(2);
  }
  const db = await openPostgres(url, 1);
  try {
    const applied = await migrate(db);
    consoleLogger.info('migrate.done', { applied });
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  consoleLogger.error('migrate.failed', { error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
