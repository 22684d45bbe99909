/**
 * Assembles the core for a host from settings: the store, the secrets, the ports. Both the
 * Node host and the tests use it, so a test exercises the same wiring as `npm start`.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localReportFiles } from '../adapters/files-local/local-report-files';
import type { ReportFiles } from '../ports/exports';
import type { CoreConfig, CoreDeps } from '../core/define-action';
import { createCore, type Core } from '../core/dispatch';
import { localQrCodes } from '../adapters/qr-local/qr-local';
import { type Clock } from '../ports/clock';
import { offsetClock, systemClock } from '../adapters/system/clocks';
import { type Ids } from '../ports/ids';
import { randomIds } from '../adapters/system/random-ids';
import { type Logger } from '../ports/logger';
import { consoleLogger } from '../adapters/system/loggers';
import type { PushChannel } from '../ports/push';
import type { Store } from '../ports/store';
import type { WechatLogin } from '../ports/wechat-login';
import { type ContentCheck } from '../ports/content-check';
import { noContentCheck } from '../adapters/system/no-content-check';
import type { MiniCodes } from '../ports/mini-codes';
import { createTokens } from '../security/tokens';

export interface Secrets {
  tokenSecret: string;
  identityPepper: string;
}

const SECRETS_KEY = 'local.secrets';

/**
 * Secrets come from the environment; in local mode, when absent, they are generated once and
 * kept in the store so tokens and resident hashes survive a restart.
 */
export async function loadSecrets(store: Store, mode: CoreConfig['mode'], env: NodeJS.ProcessEnv): Promise<Secrets> {
  if (env.SESSION_SECRET && env.IDENTITY_PEPPER) {
    return { tokenSecret: env.SESSION_SECRET, identityPepper: env.IDENTITY_PEPPER };
  }
  if (mode !== 'local') throw new Error('SESSION_SECRET and IDENTITY_PEPPER must be set outside local mode');
  const saved = await store.settings.get<Secrets>(SECRETS_KEY);
  if (saved) return saved;
  const fresh = {
    tokenSecret: randomBytes(32).toString('base64url'),
    identityPepper: randomBytes(32).toString('base64url'),
  };
  await store.settings.put(SECRETS_KEY, fresh);
  return fresh;
}

export interface RuntimeOptions {
  store: Store;
  mode: CoreConfig['mode'];
  publicBaseUrl: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  ids?: Ids;
  logger?: Logger;
  push?: PushChannel | null;
  /** Where exports are kept: cloud storage on CloudBase; by default a directory on this machine. */
  reports?: ReportFiles;
  /** The directory for the default (local disk) report files. */
  reportsDir?: string;
  /** 小程序码; by default none (URL QR codes only). */
  miniCodes?: MiniCodes | null;
  /** msgSecCheck; by default none (the local host), which marks texts unchecked. */
  contentCheck?: ContentCheck;
  /** code2Session, where the host has the mini program's AppID and secret. */
  wxLogin?: WechatLogin | null;
  /** Bootstrap admins by OPENID; by default from ADMIN_OPENIDS. */
  adminOpenids?: readonly string[];
  /** Local mode: who may call dev.* (by default anyone: the host listens on loopback). */
  devAccess?: CoreConfig['devAccess'];
}

const EXPORT_LINK_TTL_S = 3600;

export async function createRuntime(o: RuntimeOptions): Promise<Core> {
  const secrets = await loadSecrets(o.store, o.mode, o.env ?? process.env);
  const tokens = createTokens(secrets.tokenSecret);
  const deps: CoreDeps = {
    store: o.store,
    // Local mode's clock can be moved forward (dev.clock) to watch deadlines pass.
    clock: o.clock ?? (o.mode === 'local' ? offsetClock() : systemClock),
    ids: o.ids ?? randomIds,
    qr: localQrCodes,
    tokens,
    logger: o.logger ?? consoleLogger,
    config: {
      mode: o.mode,
      publicBaseUrl: o.publicBaseUrl,
      identityPepper: secrets.identityPepper,
      adminOpenids:
        o.adminOpenids ??
        (o.env ?? process.env).ADMIN_OPENIDS?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ??
        [],
      devAccess: o.devAccess,
    },
    push: o.push ?? null,
    wxLogin: o.wxLogin ?? null,
    contentCheck: o.contentCheck ?? noContentCheck,
    miniCodes: o.miniCodes ?? null,
    reports:
      o.reports ??
      localReportFiles(o.reportsDir ?? join(tmpdir(), 'service-evaluation-exports'), (fileId, fileName, now) => {
        // Signed like photo links: the link alone opens the file, for an hour, and nothing else.
        const { e, s } = tokens.signLink(`export:${fileId}`, EXPORT_LINK_TTL_S, now);
        return `/exports/${fileId}?e=${e}&s=${s}&name=${encodeURIComponent(fileName)}`;
      }),
  };
  return createCore(deps);
}
