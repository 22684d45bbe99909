import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import { openPglite } from '../../server/adapters/store-sql/pglite-client';
import { describeStoreContract } from './store.contract';

// In-memory PGlite: the same engine and SQL as the default ./.data store, without the disk.
describeStoreContract('PGlite', async () => createSqlStore(await openPglite()));
