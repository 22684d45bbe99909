/**
 * H5: the browser's file picker; photos are shrunk to at most 1600 px and re-encoded as JPEG
 * (a phone photo is often 3–6 MB; the server takes 2 MB), then sent raw to POST /api/upload.
 */
import { ApiError, networkError } from './api-error';
import { getToken } from './token-store';
import type { PickedPhoto } from './upload';

export type { PickedPhoto } from './upload';

const MAX_SIDE = 1600;

function choose(max: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = max > 1;
    input.onchange = () => resolve(Array.from(input.files ?? []).slice(0, max));
    input.click();
  });
}

async function shrink(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode'))), 'image/jpeg', 0.82),
  );
}

async function upload(blob: Blob): Promise<string> {
  let res: Response;
  try {
    res = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg', Authorization: `Bearer ${getToken() ?? ''}` },
      body: blob,
    });
  } catch {
    throw networkError();
  }
  const body = await res.json().catch(() => null);
  if (!body?.ok)
    throw new ApiError(body?.error?.code ?? 'PHOTO.FAILED', body?.error?.message ?? '照片上传失败，请重试');
  return body.data.fileId as string;
}

export async function pickAndUpload(max: number): Promise<PickedPhoto[]> {
  const files = await choose(max);
  const out: PickedPhoto[] = [];
  for (const file of files) {
    let blob: Blob;
    try {
      blob = await shrink(file);
    } catch {
      throw new ApiError('PHOTO.UNSUPPORTED', '无法读取这张照片，请换一张');
    }
    out.push({ preview: URL.createObjectURL(blob), fileId: await upload(blob) });
  }
  return out;
}

export function photoSrc(url: string): string {
  return url;
}
