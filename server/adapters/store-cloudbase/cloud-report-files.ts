/**
 * Generated reports in CloudBase cloud storage: built in the function's /tmp, uploaded when
 * complete, downloaded through a temporary URL. The function's memory holds one page of rows,
 * never the whole file.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { ReportFiles } from '../../ports/exports';

/** The part of wx-server-sdk's storage API used here; `cloud` satisfies it structurally. */
export interface CloudStorage {
  uploadFile(options: { cloudPath: string; fileContent: Buffer | Readable }): Promise<{ fileID: string }>;
  getTempFileURL(options: { fileList: { fileID: string; maxAge: number }[] }): Promise<{
    fileList: { fileID: string; tempFileURL: string; status: number; errMsg?: string }[];
  }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
}

/** Spreadsheets to import are put by the mini program under this folder of cloud storage. */
const IMPORT_ID = /^cloud:\/\/[A-Za-z0-9._-]+\/imports\/[A-Za-z0-9._/-]{1,200}\.xlsx$/;

const LINK_TTL_S = 3600;

export function cloudReportFiles(storage: CloudStorage): ReportFiles {
  return {
    async create() {
      const name = `x_${randomBytes(12).toString('base64url')}`;
      const path = join(tmpdir(), `${name}.xlsx`);
      const stream = createWriteStream(path);
      const closed = new Promise<void>((resolve, reject) => {
        stream.once('close', resolve);
        stream.once('error', reject);
      });
      return {
        stream,
        async finish() {
          await closed;
          const { size } = await stat(path);
          try {
            const { fileID } = await storage.uploadFile({
              cloudPath: `exports/${name}.xlsx`,
              fileContent: createReadStream(path),
            });
            return { fileId: fileID, size };
          } finally {
            await unlink(path).catch(() => undefined);
          }
        },
        async abort() {
          stream.destroy();
          await unlink(path).catch(() => undefined);
        },
      };
    },
    async readUpload(fileId) {
      // Only files the import flow put there: nothing else in the environment's storage.
      if (!IMPORT_ID.test(fileId)) return null;
      try {
        return (await storage.downloadFile({ fileID: fileId })).fileContent;
      } catch {
        return null;
      }
    },
    async link(fileId) {
      const { fileList } = await storage.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: LINK_TTL_S }] });
      const found = fileList[0];
      if (!found || found.status !== 0) throw new Error(`getTempFileURL failed: ${found?.errMsg ?? 'no answer'}`);
      return found.tempFileURL;
    },
  };
}
