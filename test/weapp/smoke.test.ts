import { createMiniProgram } from './support/mini-program';
import { caller, db, loadApi } from './support/cloud-backend';
import { createCloudbaseStore } from '../../server/adapters/store-cloudbase/cloudbase-store';
import { seedOrg } from '../support/fixtures';

jest.mock('wx-server-sdk', () => require('./support/cloud-backend').sdkDouble);

jest.setTimeout(60000);
it('opens the home page', async () => {
  jest.setTimeout?.(60000);
  const t0 = Date.now();
  const main = await loadApi();
  console.log('api', Date.now() - t0);
  await seedOrg(await createCloudbaseStore(db as any));
  caller.openid = 'o-resident-1';
  const mp = createMiniProgram('dist/weapp', { callFunction: (_name, data) => main(data) });
  const t1 = Date.now();
  const page = await mp.open('/pages/index/index', 'launch');
  console.log('open', Date.now() - t1);
  const t2 = Date.now(); const p2 = await mp.open('/pages/card/index?id=CARD000000000000001'); console.log('card', Date.now() - t2, p2.text());
  console.log(page.text());
  process.stdout.write(JSON.stringify(mp.console, null, 1).slice(0, 3000));
  mp.close();
});
