/**
 * `npm run setup:cloudbase -- --env <environment id>`: prepares a CloudBase environment (see
 * setup.ts) with a Tencent Cloud API key that may manage it (TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY, from 访问管理 → API 密钥), after `npm run build:functions`. The
 * functions' variables come from this shell: IDENTITY_PEPPER, SESSION_SECRET, PUBLIC_URL,
 * ADMIN_OPENIDS.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkFunctionEnv, FUNCTIONS, openManager, setupCloudbase } from './setup';

async function main() {
  const { values } = parseArgs({ options: { env: { type: 'string' } } });
  const env = process.env;
  const problems = [
    ...(!values.env ? ['usage: npm run setup:cloudbase -- --env <CloudBase environment id>'] : []),
    ...(!env.TENCENTCLOUD_SECRETID || !env.TENCENTCLOUD_SECRETKEY
      ? ['TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY must be set (an API key that may manage the environment)']
      : []),
    ...checkFunctionEnv(env),
    ...FUNCTIONS.filter((f) => !existsSync(`cloudfunctions/${f}/index.js`)).map(
      (f) => `cloudfunctions/${f}/index.js is missing: run npm run build:functions first`,
    ),
  ];
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(2);
  }
  const manager = await openManager({
    secretId: env.TENCENTCLOUD_SECRETID!,
    secretKey: env.TENCENTCLOUD_SECRETKEY!,
    envId: values.env!,
  });
  const report = await setupCloudbase(manager, { root: process.cwd(), env, log: (line) => console.log(line) });
  console.log(JSON.stringify({ event: 'setup.done', envId: values.env, ...report }));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
