/**
 * weapp: WeChat downloads the file and opens its document viewer, whose menu forwards the
 * spreadsheet to a chat or "在电脑上打开". Relative links belong to the self-hosted API.
 */
import Taro from '@tarojs/taro';

export async function openDownload(url: string, _fileName: string): Promise<void> {
  const res = await Taro.downloadFile({ url: url.startsWith('/') ? `${API_BASE}${url}` : url });
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`);
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
}
