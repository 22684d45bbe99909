/**
 * Generated reports on local disk (the Node host): written under a `.part` name and renamed
 * when complete, so a half-written file is never served; downloads go through signed links.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ReportFiles } from '../../ports/exports';

const FILE_ID = /^x_[A-Za-z0-9_-]{16}$/;
const UPLOAD_ID = /^u_[A-Za-z0-9_-]{16}$/;

/** Resolves once the stream has flushed everything to disk (exceljs ends it on commit). */
const closed = (s: Writable) =>
  new Promise<void>((resolve, reject) => {
    if (s.closed) return resolve();
    s.once('close', resolve);
    s.once('error', reject);
  });

export interface LocalReportFiles extends ReportFiles {
  /** The finished file, or null for an unknown or malformed id. */
  open(fileId: string): Promise<{ stream: Readable; size: number } | null>;
}

export function localReportFiles(
  dir: string,
  signedPath: (fileId: string, fileName: string, now: Date) => string,
): LocalReportFiles {
  mkdirSync(dir, { recursive: true });
  return {
    async create() {
      const fileId = `x_${randomBytes(12).toString('base64url')}`;
      const part = join(dir, `${fileId}.part`);
      const stream = createWriteStream(part);
      return {
        stream,
        async finish() {
          await closed(stream);
          await rename(part, join(dir, fileId));
          return { fileId, size: (await stat(join(dir, fileId))).size };
        },
        async abort() {
          stream.destroy();
          await unlink(part).catch(() => undefined);
        },
      };
    },
    link: async (fileId, fileName, now) => signedPath(fileId, fileName, now),
    async keepUpload(bytes) {
      const fileId = `u_${randomBytes(12).toString('base64url')}`;
      await writeFile(join(dir, fileId), bytes);
      return fileId;
    },
    async readUpload(fileId) {
      if (!UPLOAD_ID.test(fileId)) return null;
      return readFile(join(dir, fileId)).catch(() => null);
    },
    async open(fileId) {
      if (!FILE_ID.test(fileId)) return null;
      const path = join(dir, fileId);
      const info = await stat(path).catch(() => null);
      return info ? { stream: createReadStream(path), size: info.size } : null;
    },
  };
}
