/** H5: the browser's file picker; the .xlsx goes as it is to POST /api/upload-sheet. */
import { ApiError, networkError } from './api-error';
import { getToken } from './token-store';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function choose(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.xlsx,${XLSX}`;
    input.onchange = () => resolve(input.files?.[0] ?? null);
    input.click();
  });
}

export async function pickAndUploadSheet(): Promise<string | null> {
  const file = await choose();
  if (!file) return null;
  let res: Response;
  try {
    res = await fetch('/api/upload-sheet', {
      method: 'POST',
      headers: { 'Content-Type': XLSX, Authorization: `Bearer ${getToken() ?? ''}` },
      body: file,
    });
  } catch {
    throw networkError();
  }
  const body = await res.json().catch(() => null);
  if (!body?.ok)
    throw new ApiError(body?.error?.code ?? 'SHEET.FAILED', body?.error?.message ?? '表格上传失败，请重试');
  return body.data.fileId as string;
}
