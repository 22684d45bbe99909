/**
 * The deployable bundles, cloudfunctions/{api,sweep}/index.js (built here first, as
 * `npm run build:functions` does), loaded as the platform loads them: `main(event)` with
 * wx-server-sdk mocked (the stand-in database, a chosen OPENID), using the real clock. What the
 * mock does not prove: the real SDK's init, its context from the platform, its database wire format.
 */
import { execFileSync } from 'node:child_process';
import { CloudbaseDbStandIn } from '../support/cloudbase-db-standin';
import { seedOrg, staffA } from '../support/fixtures';
import { createCloudbaseStore } from '../../server/adapters/store-cloudbase/cloudbase-store';

const db = new CloudbaseDbStandIn();
let openid: string | undefined;

jest.mock('wx-server-sdk', () => ({
  __esModule: true,
  default: {
    init: () => undefined,
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    database: () => db,
    getWXContext: () => ({ OPENID: openid }),
    uploadFile: async () => ({ fileID: 'cloud://unused' }),
    getTempFileURL: async () => ({ fileList: [] }),
    downloadFile: async () => ({ fileContent: Buffer.alloc(0) }),
  },
}));

// Loading the bundled function (~1.8 MB) takes ~2 s alone, and more on a machine running other suites.
jest.setTimeout(30_000);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-functions.mjs'], { stdio: 'ignore' });
  Object.assign(process.env, {
    SESSION_SECRET: 's'.repeat(32),
    IDENTITY_PEPPER: 'p'.repeat(32),
    PUBLIC_URL: 'https://hall.example.cn',
  });
});

it('issues a card for a bound staff OPENID and stores a resident’s one-tap evaluation', async () => {
  const { main } = await import('../../cloudfunctions/api/index.js');
  await seedOrg(await createCloudbaseStore(db));

  openid = staffA.openid!;
  const issued: any = await main({
    action: 'card.issue',
    payload: { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    requestId: 'entry-card-0001',
  });
  expect(issued).toMatchObject({ ok: true, data: { cardId: expect.stringMatching(/^[0-9A-Za-z]{20}$/) } });
  expect(issued.data.url).toMatch(/^https:\/\/hall\.example\.cn\/c\/[0-9A-Za-z]{20}$/);

  openid = 'o-resident-entry';
  const card: any = await main({ action: 'card.get', payload: { cardId: issued.data.cardId } });
  expect(card).toMatchObject({ ok: true, data: { matter: '不动产转移登记', staff: { name: staffA.name } } });
  const event = {
    action: 'evaluation.submit',
    payload: { cardId: issued.data.cardId, level: 4 },
    requestId: 'entry-eval-0001',
  };
  const first: any = await main(event);
  expect(first).toMatchObject({ ok: true, data: { evaluationId: expect.any(String) } });
  expect(await main(event)).toEqual(first);

  const stored = db.dump('evaluations');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ level: 4, cardId: issued.data.cardId, staffId: staffA.id });
  // Anonymous to staff: the OPENID is nowhere in what was stored.
  expect(JSON.stringify(stored)).not.toContain('o-resident-entry');
});

it('the deployable sweep entry runs on its timer and finds nothing to do on a quiet day', async () => {
  const { main } = await import('../../cloudfunctions/sweep/index.js');
  expect(await main()).toEqual({ cases: 0, rectifications: 0, delivered: 0 });
});
