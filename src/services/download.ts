/**
 * Opening a generated file (an Excel export). The builds use download.h5.ts (the browser
 * downloads it) or download.weapp.ts (WeChat downloads it and opens it for sharing to a PC);
 * this file holds the fallback tsc and jest see.
 */
export async function openDownload(_url: string, _fileName: string): Promise<void> {
  throw new Error('no download in this build');
}
