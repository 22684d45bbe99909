/**
 * `npm run setup:cloudbase` against a stand-in of @cloudbase/manager-node that keeps what was
 * created. What it does not prove: that Tencent Cloud accepts these calls (no CloudBase is
 * reachable from here), the upload of the code, or the openapi permissions — only what the
 * script asks for, and that a second run asks for nothing new.
 */
import { spawnSync } from 'node:child_process';
import { COLLECTIONS, INDEXES } from '../../server/adapters/store-cloudbase/collections';
import { checkFunctionEnv, openManager, setupCloudbase, type Manager } from '../../scripts/cloudbase/setup';

function standIn() {
  const collections = new Set<string>(['settings']); // one exists already
  const indexes = new Set<string>();
  const calls: { fn: string; args: any }[] = [];
  const manager: Manager = {
    database: {
      async createCollectionIfNotExists(name) {
        const created = !collections.has(name);
        collections.add(name);
        return { IsCreated: created };
      },
      async checkIndexExists(collection, index) {
        return { Exists: indexes.has(`${collection}.${index}`) };
      },
      async updateCollection(collection, info) {
        if (!collections.has(collection)) throw new Error(`no collection ${collection}`);
        calls.push({ fn: 'updateCollection', args: { collection, info } });
        for (const i of info.CreateIndexes) indexes.add(`${collection}.${i.IndexName}`);
      },
    },
    functions: {
      async createFunction(o) {
        calls.push({ fn: 'createFunction', args: o });
      },
    },
  };
  return { manager, collections, indexes, calls };
}

const env = {
  IDENTITY_PEPPER: 'p'.repeat(40),
  SESSION_SECRET: 's'.repeat(40),
  PUBLIC_URL: 'https://pj.example.gov.cn',
  ADMIN_OPENIDS: 'o-admin-1',
};

it('creates every collection and index, and deploys both functions with their config and variables', async () => {
  const s = standIn();
  const report = await setupCloudbase(s.manager, { root: process.cwd(), env });
  expect(report.collectionsCreated).toEqual(COLLECTIONS.filter((c) => c !== 'settings'));
  expect([...s.collections].sort()).toEqual([...COLLECTIONS].sort());
  expect(report.indexesCreated).toEqual(INDEXES.map((i) => `${i.collection}.${i.name}`));
  const unique = s.calls.find(
    (c) =>
      c.fn === 'updateCollection' &&
      c.args.collection === 'evaluations' &&
      c.args.info.CreateIndexes[0].IndexName === 'subject_request',
  );
  expect(unique?.args.info.CreateIndexes[0].MgoKeySchema).toEqual({
    MgoIsUnique: true,
    MgoIndexKeys: [
      { Name: 'subjectHash', Direction: '1' },
      { Name: 'requestId', Direction: '1' },
    ],
  });

  const deployed = s.calls.filter((c) => c.fn === 'createFunction').map((c) => c.args);
  expect(deployed.map((d) => [d.func.name, d.func.timeout, d.func.memorySize, d.force])).toEqual([
    ['api', 10, 256, true],
    ['sweep', 20, 256, true],
  ]);
  expect(deployed[1].func.triggers).toEqual([{ name: 'every-10-minutes', type: 'timer', config: '0 */10 * * * * *' }]);
  expect(deployed[0].func.envVariables).toEqual(env);
  expect(deployed[0].functionRootPath).toMatch(/cloudfunctions$/);
});

it('a second run adds nothing and only redeploys the code', async () => {
  const s = standIn();
  await setupCloudbase(s.manager, { root: process.cwd(), env });
  s.calls.length = 0;
  const again = await setupCloudbase(s.manager, { root: process.cwd(), env });
  expect(again).toEqual({ collectionsCreated: [], indexesCreated: [], functionsDeployed: ['api', 'sweep'] });
  expect(s.calls.map((c) => c.fn)).toEqual(['createFunction', 'createFunction']);
});

it('refuses to start without the key, the environment id or the functions’ variables, touching nothing', () => {
  expect(checkFunctionEnv({})).toEqual([
    'IDENTITY_PEPPER must be set, 32+ random characters',
    'SESSION_SECRET must be set, 32+ random characters',
    'PUBLIC_URL must be set to the https address of the H5 pages',
    'ADMIN_OPENIDS must name at least one OPENID (the first admin)',
  ]);
  const r = spawnSync('npx', ['tsx', 'scripts/cloudbase/setup-cli.ts'], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME! },
    encoding: 'utf8',
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('usage: npm run setup:cloudbase -- --env');
  expect(r.stderr).toContain('TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY must be set');
});

it('the real @cloudbase/manager-node client offers every call the plan makes (constructed, nothing sent)', async () => {
  const real = await openManager({ secretId: 'AKIDexample', secretKey: 'example', envId: 'env-example' });
  for (const fn of ['createCollectionIfNotExists', 'checkIndexExists', 'updateCollection'] as const)
    expect(typeof real.database[fn]).toBe('function');
  expect(typeof real.functions.createFunction).toBe('function');
});
