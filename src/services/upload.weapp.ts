/**
 * weapp: photos from the album or camera, compressed by WeChat. Cloud mode puts them in cloud
 * storage under complaints/ (the server accepts those cloud:// ids); http mode sends the bytes
 * to the self-hosted POST /api/upload.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '../../server/contract/common.schema';
import type { UploadOutput } from '../../server/contract/complaint.schema';
import { ApiError, networkError } from './api-error';
import { getToken } from './token-store';
import type { PickedPhoto } from './upload';

export type { PickedPhoto } from './upload';

const random = () => Math.random().toString(36).slice(2, 10);

async function uploadCloud(path: string): Promise<string> {
  const ext = /\.(png|webp)$/i.exec(path)?.[1]?.toLowerCase() ?? 'jpg';
  const day = new Date().toISOString().slice(0, 10);
  const res = await Taro.cloud.uploadFile({
    cloudPath: `complaints/${day}/${Date.now().toString(36)}${random()}.${ext}`,
    filePath: path,
  });
  return res.fileID;
}

async function uploadHttp(path: string): Promise<string> {
  const data = Taro.getFileSystemManager().readFileSync(path) as ArrayBuffer;
  const type = /\.png$/i.test(path) ? 'image/png' : 'image/jpeg';
  // The host answers an envelope; a proxy's error page is none, hence the `?.` below.
  let res: Taro.request.SuccessCallbackResult<Envelope<UploadOutput>>;
  try {
    res = await Taro.request({
      url: `${API_BASE}/api/upload`,
      method: 'POST',
      data,
      header: { 'Content-Type': type, Authorization: `Bearer ${getToken() ?? ''}` },
      dataType: 'json',
    });
  } catch {
    throw networkError();
  }
  if (!res.data?.ok)
    throw new ApiError(res.data?.error?.code ?? 'PHOTO.FAILED', res.data?.error?.message ?? '照片上传失败，请重试');
  return res.data.data.fileId;
}

export async function pickAndUpload(max: number): Promise<PickedPhoto[]> {
  let picked: Taro.chooseMedia.SuccessCallbackResult;
  try {
    picked = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'] });
  } catch {
    return []; // cancelled
  }
  const out: PickedPhoto[] = [];
  for (const f of picked.tempFiles) {
    const fileId = TRANSPORT === 'cloud' ? await uploadCloud(f.tempFilePath) : await uploadHttp(f.tempFilePath);
    out.push({ preview: f.tempFilePath, fileId });
  }
  return out;
}

/** Server links are relative to the API in http mode; cloud:// ids load as they are. */
export function photoSrc(url: string): string {
  return url.startsWith('/') ? `${API_BASE}${url}` : url;
}
