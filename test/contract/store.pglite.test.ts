import { closeSharedPglite, freshPgliteStore } from '../support/pglite-shared';
import { describeStoreContract } from './store.contract';

// In-memory PGlite: the same engine and SQL as the default ./.data store, without the disk.
describeStoreContract('PGlite', freshPgliteStore);
afterAll(closeSharedPglite);
