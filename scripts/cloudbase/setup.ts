/**
 * What `npm run setup:cloudbase` does to a CloudBase environment, as a plan against the part of
 * @cloudbase/manager-node it uses (so a test can run it against a stand-in): create every
 * collection the adapter uses, create each index of collections.ts that is missing, and deploy
 * the `api` and `sweep` functions with their config.json (timeout, memory, timer trigger) and
 * the environment variables they need. Safe to run again: it only adds what is missing and
 * redeploys the functions' code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, INDEXES } from '../../server/adapters/store-cloudbase/collections';

/** The calls of @cloudbase/manager-node this uses (its `CloudBase` instance satisfies it). */
export interface Manager {
  database: {
    createCollectionIfNotExists(name: string): Promise<{ IsCreated?: boolean; ExistsResult?: unknown }>;
    checkIndexExists(collection: string, index: string): Promise<{ Exists: boolean }>;
    updateCollection(
      collection: string,
      info: {
        CreateIndexes: {
          IndexName: string;
          MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: { Name: string; Direction: string }[] };
        }[];
      },
    ): Promise<unknown>;
  };
  functions: {
    createFunction(o: {
      func: {
        name: string;
        timeout: number;
        memorySize: number;
        runtime: string;
        installDependency: boolean;
        envVariables: Record<string, string>;
        triggers?: { name: string; type: string; config: string }[];
        ignore: string[];
      };
      functionRootPath: string;
      force: boolean;
    }): Promise<unknown>;
  };
}

/** The variables the functions read (see docs/deploy.md, CloudBase step 4). */
export const FUNCTION_ENV = ['IDENTITY_PEPPER', 'SESSION_SECRET', 'PUBLIC_URL', 'ADMIN_OPENIDS'] as const;
export const FUNCTIONS = ['api', 'sweep'] as const;
/** The bundles are built for Node 16 (scripts/build-functions.mjs). */
const RUNTIME = 'Nodejs16.13';

export interface SetupReport {
  collectionsCreated: string[];
  indexesCreated: string[];
  functionsDeployed: string[];
}

export function checkFunctionEnv(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const name of ['IDENTITY_PEPPER', 'SESSION_SECRET'] as const) {
    if ((env[name] ?? '').length < 32) problems.push(`${name} must be set, 32+ random characters`);
  }
  if (!/^https:\/\//.test(env.PUBLIC_URL ?? ''))
    problems.push('PUBLIC_URL must be set to the https address of the H5 pages');
  if (!env.ADMIN_OPENIDS) problems.push('ADMIN_OPENIDS must name at least one OPENID (the first admin)');
  return problems;
}

export async function setupCloudbase(
  manager: Manager,
  o: { root: string; env: NodeJS.ProcessEnv; log?: (line: string) => void },
): Promise<SetupReport> {
  const log = o.log ?? (() => undefined);
  const report: SetupReport = { collectionsCreated: [], indexesCreated: [], functionsDeployed: [] };
  for (const name of COLLECTIONS) {
    const res = await manager.database.createCollectionIfNotExists(name);
    if (res.IsCreated) report.collectionsCreated.push(name);
  }
  log(`collections: ${COLLECTIONS.length} (${report.collectionsCreated.length} new)`);
  for (const index of INDEXES) {
    if ((await manager.database.checkIndexExists(index.collection, index.name)).Exists) continue;
    await manager.database.updateCollection(index.collection, {
      CreateIndexes: [
        {
          IndexName: index.name,
          MgoKeySchema: {
            MgoIsUnique: index.unique,
            MgoIndexKeys: Object.entries(index.keys).map(([Name, d]) => ({ Name, Direction: String(d) })),
          },
        },
      ],
    });
    report.indexesCreated.push(`${index.collection}.${index.name}`);
  }
  log(`indexes: ${INDEXES.length} (${report.indexesCreated.length} new)`);
  const envVariables = Object.fromEntries(FUNCTION_ENV.map((k) => [k, o.env[k] ?? '']));
  for (const name of FUNCTIONS) {
    const config = JSON.parse(readFileSync(join(o.root, 'cloudfunctions', name, 'config.json'), 'utf8')) as {
      timeout: number;
      memorySize: number;
      triggers?: { name: string; type: string; config: string }[];
    };
    await manager.functions.createFunction({
      func: {
        name,
        timeout: config.timeout,
        memorySize: config.memorySize,
        runtime: RUNTIME,
        installDependency: true,
        envVariables,
        triggers: config.triggers,
        ignore: ['node_modules', 'node_modules/**/*', '*.ts'],
      },
      functionRootPath: join(o.root, 'cloudfunctions'),
      force: true,
    });
    report.functionsDeployed.push(name);
    log(
      `function ${name}: deployed (timeout ${config.timeout} s, ${config.memorySize} MB${config.triggers?.length ? `, trigger ${config.triggers[0].config}` : ''})`,
    );
  }
  return report;
}

/** The real client (no request is made until a method is called). */
export async function openManager(o: { secretId: string; secretKey: string; envId: string }): Promise<Manager> {
  const mod = (await import('@cloudbase/manager-node')) as unknown as { default: { default?: unknown } };
  // A CommonJS module: its class is `default`, or `default.default` through the ESM wrapper.
  const CloudBase = (mod.default.default ?? mod.default) as new (config: typeof o) => Manager;
  return new CloudBase(o);
}
