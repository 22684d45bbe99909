/**
 * 小程序码 from WeChat: `wxacode.getUnlimited` through `cloud.openapi` (kept in cloud storage),
 * or POST /wxa/getwxacodeunlimit with the access token (kept in a directory). The scene is the
 * card or window id (≤ 32 letters and digits, as WeChat requires).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AxiosInstance } from 'axios';
import type { AccessTokens } from '../push-wechat/access-token';
import type { CloudStorage } from '../store-cloudbase/cloud-report-files';
import type { MiniCodePage, MiniCodes } from '../../ports/mini-codes';
import type { SettingsStore } from '../../ports/store';

const STALE_TOKEN = new Set([40001, 42001, 40014]);
/** 430 px: WeChat's default, sharp enough for an A6 card. `check_path` off: the page exists in every released version. */
const params = (page: MiniCodePage, scene: string) => ({
  scene,
  page,
  width: 430,
  check_path: false,
  env_version: 'release',
});
const SAFE_KEY = /^[a-z]+\/[0-9A-Za-z]{1,32}\.png$/;

export interface CloudWxacodeOpenapi {
  wxacode: {
    getUnlimited(o: {
      scene: string;
      page: string;
      width: number;
      checkPath: boolean;
      envVersion: string;
    }): Promise<{ buffer?: Buffer; contentType?: string; errCode?: number; errMsg?: string }>;
  };
}

export function cloudMiniCodes(
  openapi: CloudWxacodeOpenapi,
  storage: CloudStorage,
  settings: SettingsStore,
): MiniCodes {
  const indexKey = (key: string) => `minicode:${key}`;
  return {
    async generate(page, scene) {
      const p = params(page, scene);
      const res = await openapi.wxacode.getUnlimited({
        scene: p.scene,
        page: p.page,
        width: p.width,
        checkPath: p.check_path,
        envVersion: p.env_version,
      });
      if (!res.buffer || (res.errCode ?? 0) !== 0)
        throw new Error(`wxacode.getUnlimited: ${res.errCode ?? '?'} ${res.errMsg ?? ''}`.trim());
      return Buffer.from(res.buffer);
    },
    // Cloud storage ids are known only after an upload, so a setting remembers each code's.
    async load(key) {
      const saved = await settings.get<{ fileId: string }>(indexKey(key));
      if (!saved) return null;
      try {
        return (await storage.downloadFile({ fileID: saved.fileId })).fileContent;
      } catch {
        return null; // deleted from storage by hand: made again
      }
    },
    async save(key, png) {
      if (!SAFE_KEY.test(key)) throw new Error('mini code key');
      const { fileID } = await storage.uploadFile({ cloudPath: `minicodes/${key}`, fileContent: png });
      await settings.put(indexKey(key), { fileId: fileID });
    },
  };
}

export function httpMiniCodes(http: AxiosInstance, tokens: AccessTokens, dir: string): MiniCodes {
  const ask = async (token: string, page: MiniCodePage, scene: string) =>
    http.post(`/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, params(page, scene), {
      responseType: 'arraybuffer',
    });
  // WeChat answers the image, or JSON with an errcode.
  const errcodeOf = (res: { headers: Record<string, unknown>; data: ArrayBuffer }) =>
    String(res.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(Buffer.from(res.data).toString()) as { errcode?: number; errmsg?: string })
      : null;
  return {
    async generate(page, scene) {
      let token = await tokens.get();
      let res = await ask(token, page, scene);
      let error = errcodeOf(res);
      if (error?.errcode && STALE_TOKEN.has(error.errcode)) {
        tokens.invalidate(token);
        token = await tokens.get();
        res = await ask(token, page, scene);
        error = errcodeOf(res);
      }
      if (res.status !== 200 || error)
        throw new Error(`getwxacodeunlimit: ${error?.errcode ?? res.status} ${error?.errmsg ?? ''}`.trim());
      return Buffer.from(res.data);
    },
    async load(key) {
      if (!SAFE_KEY.test(key)) return null;
      return readFile(join(dir, key)).catch(() => null);
    },
    async save(key, png) {
      if (!SAFE_KEY.test(key)) throw new Error('mini code key');
      await mkdir(dirname(join(dir, key)), { recursive: true });
      await writeFile(join(dir, key), png);
    },
  };
}
