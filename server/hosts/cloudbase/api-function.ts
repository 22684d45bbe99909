/**
 * The `api` cloud function: every client action through the one registry. Identity is the
 * caller's OPENID from the cloud context (WeChat vouches for it; no token involved).
 */
import { createCloudbaseStore } from '../../adapters/store-cloudbase/cloudbase-store';
import type { CloudDb } from '../../adapters/store-cloudbase/cloud-db';
import type { Core } from '../../core';
import { errorResult } from '../../core';
import type { Clock } from '../../ports/clock';
import { consoleLogger, type Logger } from '../../ports/logger';
import { createRuntime } from '../runtime';

/** The part of wx-server-sdk this function uses. */
export interface CloudSdk {
  init(options: { env: string }): void;
  DYNAMIC_CURRENT_ENV: string | symbol;
  database(): unknown;
  getWXContext(): { OPENID?: string };
}

export interface ApiFunctionOptions {
  env?: NodeJS.ProcessEnv;
  /** Tests freeze time and silence logs; the deployed function uses the defaults. */
  clock?: Clock;
  logger?: Logger;
}

export function createApiFunction(cloud: CloudSdk, options: ApiFunctionOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? consoleLogger;
  // DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the environment the function runs in.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as string });
  // One core per warm instance; a failed start is retried by the next invocation.
  let core: Promise<Core> | null = null;
  const start = async () =>
    createRuntime({
      store: await createCloudbaseStore(cloud.database() as CloudDb),
      mode: 'production',
      publicBaseUrl: env.PUBLIC_URL ?? '',
      env,
      clock: options.clock,
      logger,
    });

  return async function main(event: unknown): Promise<unknown> {
    try {
      core ??= start().catch((err) => {
        core = null;
        throw err;
      });
      const ready = await core;
      const { OPENID } = cloud.getWXContext();
      return (await ready.dispatch(event, OPENID ? { subject: `wx:${OPENID}` } : null)).body;
    } catch (err) {
      return errorResult(err, { logger }).body;
    }
  };
}
