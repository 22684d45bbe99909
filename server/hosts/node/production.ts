/**
 * The production Node host (`npm run serve`): PostgreSQL only, no dev.* actions and no demo
 * data, H5 and API on one port behind a reverse proxy, JSON logs with request ids, timers that
 * several instances can run at once (see jobs/sweep and jobs/dispatch), graceful stop.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { wechatServices } from './wechat-services';
import { openPostgres } from '../../adapters/store-sql/pg-client';
import { createSqlStore } from '../../adapters/store-sql/sql-store';
import type { Core } from '../../core/dispatch';
import type { Clock } from '../../ports/clock';
import { type Logger } from '../../ports/logger';
import { consoleLogger } from '../../adapters/system/loggers';
import type { Store } from '../../ports/store';
import { createRuntime } from '../runtime';
import { buildHttpApp } from './http-app';
import { readProductionConfig, type ProductionConfig } from './production-config';
import { startScheduler, type Scheduler } from './scheduler';

export interface ProductionHost {
  url: string;
  config: ProductionConfig;
  core: Core;
  store: Store;
  app: FastifyInstance;
  scheduler: Scheduler;
  /** Stops taking requests, lets those in flight and the current timer run finish, closes the pool. */
  close(): Promise<void>;
}

export interface ProductionHostOptions {
  logger?: Logger;
  /** Tests move time; production uses the system clock. */
  clock?: Clock;
  scheduler?: { sweepEveryMs?: number; dispatchEveryMs?: number };
}

export async function startProductionHost(
  env: NodeJS.ProcessEnv,
  o: ProductionHostOptions = {},
): Promise<ProductionHost> {
  const config = readProductionConfig(env);
  const logger = o.logger ?? consoleLogger;
  // The database may restart under us: logged, answered 503 meanwhile, reconnected by the pool.
  const onConnectionLost = (err: Error) => logger.warn('db.connection_lost', { error: err.message });
  const store = await createSqlStore(await openPostgres(config.databaseUrl, config.poolMax, { onConnectionLost }), {
    migrate: config.migrateOnStart,
  });
  try {
    const wechat = config.wechat
      ? wechatServices(
          store,
          { appid: config.wechat.appid, secret: config.wechat.secret, baseURL: config.wechat.apiBase },
          logger,
          resolve(config.exportsDir, '..', 'minicodes'),
        )
      : null;
    const reportsDir = resolve(config.exportsDir);
    mkdirSync(reportsDir, { recursive: true });
    const core = await createRuntime({
      store,
      mode: 'production',
      publicBaseUrl: config.publicUrl,
      env,
      clock: o.clock,
      logger,
      ...wechat,
      reportsDir,
      adminOpenids: config.adminOpenids,
    });
    const app = buildHttpApp(core, {
      staticDir: resolve(config.h5Dir),
      wechatVerifyDir: resolve(config.exportsDir, '..', 'wechat-verify'),
      trustProxy: config.trustProxy,
      corsOrigins: config.corsOrigins,
      hsts: config.publicUrl.startsWith('https:'),
      accessLog: true,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    const scheduler = startScheduler(core, o.scheduler);
    logger.info('serve.started', {
      url,
      store: store.kind,
      publicUrl: config.publicUrl,
      wechat: Boolean(config.wechat),
    });
    return {
      url,
      config,
      core,
      store,
      app,
      scheduler,
      async close() {
        await app.close();
        await scheduler.stop();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
