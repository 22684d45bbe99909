/**
 * The backend behind `wx.cloud.callFunction` for the cloud build: the real `api` function
 * bundle (cloudfunctions/api/index.js, built by `npm run build:functions`) over the CloudBase
 * database stand-in, with the caller's OPENID set per step. wx-server-sdk is replaced by
 * `sdkDouble` (jest.mock in the suite). What it does not prove: the real SDK's context and wire
 * format, CloudBase's database (see cloudbase-db-standin.ts).
 */
import { existsSync } from 'node:fs';
import { CloudbaseDbStandIn } from '../../support/cloudbase-db-standin';

export const db = new CloudbaseDbStandIn();
export const caller: { openid: string | null } = { openid: null };

export const sdkDouble = {
  __esModule: true,
  default: {
    init: () => undefined,
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    database: () => db,
    getWXContext: () => ({ OPENID: caller.openid ?? undefined }),
    openapi: {
      subscribeMessage: { send: async () => ({ errCode: 0 }) },
      security: { msgSecCheck: async () => ({ errCode: 0, result: { suggest: 'pass', label: 100 } }) },
    },
    uploadFile: async () => ({ fileID: 'cloud://unused' }),
    getTempFileURL: async () => ({ fileList: [] }),
    downloadFile: async () => ({ fileContent: Buffer.alloc(0) }),
  },
};

export const API_BUNDLE = 'cloudfunctions/api/index.js';

export async function loadApi(): Promise<(event: unknown) => Promise<unknown>> {
  if (!existsSync(API_BUNDLE)) throw new Error(`${API_BUNDLE} is missing: run npm run build:functions first`);
  Object.assign(process.env, { SESSION_SECRET: 's'.repeat(32), IDENTITY_PEPPER: 'p'.repeat(32), PUBLIC_URL: 'https://hall.example.cn' });
  const mod: any = await import(`../../../${API_BUNDLE}`);
  return mod.main;
}
