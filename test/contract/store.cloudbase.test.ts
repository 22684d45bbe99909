import { createCloudbaseStore } from '../../server/adapters/store-cloudbase/cloudbase-store';
import { CloudbaseDbStandIn } from '../support/cloudbase-db-standin';
import { describeStoreContract } from './store.contract';

// The CloudBase adapter against an in-process stand-in with MongoDB semantics: see the stand-in's
// header for what this does not prove about the real CloudBase database.
describeStoreContract('CloudBase (mingo stand-in)', () => createCloudbaseStore(new CloudbaseDbStandIn()));
