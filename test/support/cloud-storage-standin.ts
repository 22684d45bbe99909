/**
 * An in-memory stand-in for wx-server-sdk's cloud storage (uploadFile, getTempFileURL).
 * It does NOT prove: the real upload limits and timeouts, the real fileID and temporary URL
 * formats, or that a temporary URL actually downloads; it records what was uploaded so a test
 * can read the file back.
 */
import type { Readable } from 'node:stream';
import type { CloudStorage } from '../../server/adapters/store-cloudbase/cloud-report-files';

export class CloudStorageStandIn implements CloudStorage {
  readonly files = new Map<string, Buffer>();

  async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer | Readable }) {
    let bytes: Buffer;
    if (Buffer.isBuffer(fileContent)) bytes = fileContent;
    else {
      const chunks: Buffer[] = [];
      for await (const c of fileContent) chunks.push(Buffer.from(c));
      bytes = Buffer.concat(chunks);
    }
    const fileID = `cloud://test-env.7465-test-env/${cloudPath}`;
    this.files.set(fileID, bytes);
    return { fileID };
  }

  async downloadFile({ fileID }: { fileID: string }) {
    const bytes = this.files.get(fileID);
    if (!bytes) throw Object.assign(new Error('storage file not exists'), { errCode: -503003 });
    return { fileContent: bytes };
  }

  /** What downloading a temporary URL would give. */
  read(url: string): Buffer {
    const path = new URL(url).pathname.slice(1);
    const found = [...this.files.entries()].find(([id]) => id.endsWith(`/${path}`));
    if (!found) throw new Error(`no stored file behind ${url}`);
    return found[1];
  }

  async getTempFileURL({ fileList }: { fileList: { fileID: string; maxAge: number }[] }) {
    return {
      fileList: fileList.map(({ fileID, maxAge }) =>
        this.files.has(fileID)
          ? {
              fileID,
              tempFileURL: `https://7465-test-env.tcb.qcloud.la/${fileID.split('/').slice(3).join('/')}?t=${maxAge}`,
              status: 0,
            }
          : { fileID, tempFileURL: '', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
      ),
    };
  }
}
