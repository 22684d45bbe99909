/**
 * The backend behind `wx.cloud.callFunction` for the cloud build: the real `api` function
 * bundle (cloudfunctions/api/index.js, built by `npm run build:functions`) over the CloudBase
 * database stand-in, with the caller's OPENID set per step. wx-server-sdk is replaced by
 * `sdkDouble` (jest.mock in the suite). What it does not prove: the real SDK's context and wire
 * format, CloudBase's database (see cloudbase-db-standin.ts).
 */
import { existsSync } from 'node:fs';
import { CloudbaseDbStandIn } from '../../support/cloudbase-db-standin';
import { CloudStorageStandIn } from '../../support/cloud-storage-standin';

/** A 1×1 PNG: what wxacode.getUnlimited answers here (the real code image is WeChat's). */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const db = new CloudbaseDbStandIn();
export const storage = new CloudStorageStandIn();
/** Subscribe messages the function sent (recipient OPENID, template). */
export const sent: { touser: string; templateId: string }[] = [];
export const caller: { openid: string | null } = { openid: null };

export const sdkDouble = {
  __esModule: true,
  default: {
    init: () => undefined,
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    database: () => db,
    getWXContext: () => ({ OPENID: caller.openid ?? undefined }),
    openapi: {
      subscribeMessage: {
        send: async (o: { touser: string; templateId: string }) => {
          sent.push({ touser: o.touser, templateId: o.templateId });
          return { errCode: 0 };
        },
      },
      security: { msgSecCheck: async () => ({ errCode: 0, result: { suggest: 'pass', label: 100 } }) },
      wxacode: { getUnlimited: async () => ({ errCode: 0, buffer: PNG_1PX, contentType: 'image/png' }) },
    },
    uploadFile: (o: any) => storage.uploadFile(o),
    getTempFileURL: (o: any) => storage.getTempFileURL(o),
    downloadFile: (o: any) => storage.downloadFile(o),
  },
};

export const API_BUNDLE = 'cloudfunctions/api/index.js';

export async function loadApi(): Promise<(event: unknown) => Promise<unknown>> {
  if (!existsSync(API_BUNDLE)) throw new Error(`${API_BUNDLE} is missing: run npm run build:functions first`);
  Object.assign(process.env, {
    SESSION_SECRET: 's'.repeat(32),
    IDENTITY_PEPPER: 'p'.repeat(32),
    PUBLIC_URL: 'https://hall.example.cn',
  });
  const mod: any = await import(`../../../${API_BUNDLE}`);
  return mod.main;
}

/** A collection's stored documents, loosely typed for assertions. */
export const docs = (collection: string): any[] => db.dump(collection);
