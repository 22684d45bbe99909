import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import { openPostgres } from '../../server/adapters/store-sql/pg-client';
import { freshDatabase } from '../support/postgres-server';
import { describeStoreContract } from './store.contract';

// A real PostgreSQL 15 server started by the global setup; a new database per test.
describeStoreContract('PostgreSQL 15', async () =>
  createSqlStore(await openPostgres(await freshDatabase(process.env.PG_TEST_SERVER!))),
);
