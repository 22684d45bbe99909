/**
 * weapp: a spreadsheet from a chat (电脑上发给自己的文件), put in cloud storage under imports/
 * in cloud mode (the server reads only there), or sent to the self-hosted POST /api/upload-sheet.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '../../server/contract/common.schema';
import type { UploadOutput } from '../../server/contract/complaint.schema';
import { ApiError, networkError } from './api-error';
import { getToken } from './token-store';

export async function pickAndUploadSheet(): Promise<string | null> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult;
  try {
    picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
  } catch {
    return null; // cancelled
  }
  const path = picked.tempFiles[0]?.path;
  if (!path) return null;
  if (TRANSPORT === 'cloud') {
    const day = new Date().toISOString().slice(0, 10);
    const res = await Taro.cloud.uploadFile({
      cloudPath: `imports/${day}/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.xlsx`,
      filePath: path,
    });
    return res.fileID;
  }
  const data = Taro.getFileSystemManager().readFileSync(path) as ArrayBuffer;
  // The host answers an envelope; a proxy's error page is none, hence the `?.` below.
  let res: Taro.request.SuccessCallbackResult<Envelope<UploadOutput>>;
  try {
    res = await Taro.request({
      url: `${API_BASE}/api/upload-sheet`,
      method: 'POST',
      data,
      header: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        Authorization: `Bearer ${getToken() ?? ''}`,
      },
      dataType: 'json',
    });
  } catch {
    throw networkError();
  }
  if (!res.data?.ok)
    throw new ApiError(res.data?.error?.code ?? 'SHEET.FAILED', res.data?.error?.message ?? '表格上传失败，请重试');
  return res.data.data.fileId;
}
