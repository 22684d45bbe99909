/**
 * `npm start`: the local host. PGlite under ./.data (DATA_DIR) or PostgreSQL (DATABASE_URL),
 * the H5 build at /, the API at /api/<action>, demo data seeded on first start.
 */
import { resolve } from 'node:path';
import { seedDemo } from '../../demo/seed';
import { randomIds } from '../../adapters/system/random-ids';
import { consoleLogger } from '../../adapters/system/loggers';
import { wechatServices } from './wechat-services';
import { createRuntime } from '../runtime';
import { buildHttpApp } from './http-app';
import { openStore } from './open-store';
import { startScheduler } from './scheduler';
import { printWelcome } from './welcome';
import { devAccessFor } from './dev-access';

async function main() {
  const env = process.env;
  const port = Number(env.PORT ?? 8080);
  const host = env.HOST ?? '127.0.0.1';
  const publicBaseUrl = env.PUBLIC_URL ?? `http://127.0.0.1:${port}`;
  // Before anything opens: a wrong DEV_ACTIONS stops the start rather than leaving dev.* open.
  const devAccess = devAccessFor({ host, publicBaseUrl, devActions: env.DEV_ACTIONS });
  const store = await openStore(env);
  // Subscribe messages go out through WeChat's HTTP API when the mini program's credentials are
  // given; otherwise notices reach the in-app 消息 page only.
  const wechat =
    env.WECHAT_APPID && env.WECHAT_SECRET
      ? wechatServices(
          store,
          { appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseURL: env.WECHAT_API_BASE },
          consoleLogger,
          resolve(env.DATA_DIR ?? '.data', 'minicodes'),
        )
      : null;
  const reportsDir = resolve(env.DATA_DIR ?? '.data', 'exports');
  const core = await createRuntime({
    store,
    mode: 'local',
    publicBaseUrl,
    logger: consoleLogger,
    ids: randomIds,
    ...wechat,
    reportsDir,
    devAccess,
  });
  const { seeded } = await seedDemo(store, randomIds, new Date());
  if (seeded) consoleLogger.info('demo.seeded', { store: store.kind });

  const app = buildHttpApp(core, {
    staticDir: resolve(env.H5_DIR ?? 'dist/h5'),
    wechatVerifyDir: resolve(env.DATA_DIR ?? '.data', 'wechat-verify'),
  });
  await app.listen({ port, host });
  const scheduler = startScheduler(core);
  await printWelcome(store, publicBaseUrl, console.log, devAccess);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    consoleLogger.info('shutdown', { signal });
    await app.close();
    await scheduler.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
