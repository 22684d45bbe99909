/**
 * One core per warm cloud function instance, shared by the `api` and `sweep` entries: the
 * CloudBase store, secrets from the function's environment, subscribe messages via openapi.
 */
import { cloudPush, type CloudOpenapi } from '../../adapters/push-wechat/cloud-push';
import { cloudMsgSecCheck, type CloudSecurityOpenapi } from '../../adapters/wechat-openapi/msg-sec-check';
import { cloudMiniCodes, type CloudWxacodeOpenapi } from '../../adapters/wechat-openapi/wxacode';
import { createCloudbaseStore } from '../../adapters/store-cloudbase/cloudbase-store';
import type { CloudDb } from '../../adapters/store-cloudbase/cloud-db';
import { cloudReportFiles, type CloudStorage } from '../../adapters/store-cloudbase/cloud-report-files';
import type { Core } from '../../core/dispatch';
import type { Clock } from '../../ports/clock';
import { type Logger } from '../../ports/logger';
import { consoleLogger } from '../../adapters/system/loggers';
import { createRuntime } from '../runtime';

/** The part of wx-server-sdk the functions use. */
export interface CloudSdk {
  init(options: { env: string }): void;
  DYNAMIC_CURRENT_ENV: string | symbol;
  database(): unknown;
  /** The caller as WeChat vouches for them; CLIENTIP is the phone's address (per-address limits). */
  getWXContext(): { OPENID?: string; CLIENTIP?: string; CLIENTIPV6?: string };
  /**
   * Typed loosely by the SDK itself; each adapter names the part it calls (CloudOpenapi:
   * subscribeMessage.send, CloudSecurityOpenapi, CloudWxacodeOpenapi).
   */
  openapi?: unknown;
  /** Cloud storage, where exports are kept (the SDK types these with callback overloads). */
  uploadFile(options: Parameters<CloudStorage['uploadFile']>[0]): unknown;
  getTempFileURL(options: Parameters<CloudStorage['getTempFileURL']>[0]): unknown;
  downloadFile(options: Parameters<CloudStorage['downloadFile']>[0]): unknown;
}

export interface CloudFunctionOptions {
  env?: NodeJS.ProcessEnv;
  /** Tests freeze time and silence logs; the deployed functions use the defaults. */
  clock?: Clock;
  logger?: Logger;
}

/** Initialises the SDK once and returns a lazy core; a failed start is retried by the next call. */
export function cloudCore(cloud: CloudSdk, options: CloudFunctionOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? consoleLogger;
  // DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the environment the function runs in.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as string });
  let core: Promise<Core> | null = null;
  const start = async () => {
    const store = await createCloudbaseStore(cloud.database() as CloudDb);
    const storage: CloudStorage = {
      uploadFile: (o) => cloud.uploadFile(o) as ReturnType<CloudStorage['uploadFile']>,
      getTempFileURL: (o) => cloud.getTempFileURL(o) as ReturnType<CloudStorage['getTempFileURL']>,
      downloadFile: (o) => cloud.downloadFile(o) as ReturnType<CloudStorage['downloadFile']>,
    };
    return createRuntime({
      store,
      mode: 'production',
      publicBaseUrl: env.PUBLIC_URL ?? '',
      env,
      clock: options.clock,
      logger,
      push: cloud.openapi ? cloudPush(cloud.openapi as CloudOpenapi, store) : null,
      contentCheck: cloud.openapi ? cloudMsgSecCheck(cloud.openapi as CloudSecurityOpenapi, logger) : undefined,
      reports: cloudReportFiles(storage),
      miniCodes: cloud.openapi ? cloudMiniCodes(cloud.openapi as CloudWxacodeOpenapi, storage, store.settings) : null,
    });
  };
  return {
    logger,
    get: () =>
      (core ??= start().catch((err) => {
        core = null;
        throw err;
      })),
  };
}
