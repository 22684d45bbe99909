/** Debian Chromium driven by playwright-core, quiet on a closed network, phone-sized. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const PHONE = { width: 390, height: 844 };

export async function launchPhone(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The bearer token the H5 app keeps in local storage (Taro wraps values as {data}). */
export async function storedToken(page: import('playwright-core').Page): Promise<string | null> {
  return page.evaluate(() => {
    // Runs in the page; the server tsconfig has no DOM types.
    const localStorage = (globalThis as any).localStorage;
    for (let i = 0; i < localStorage.length; i++) {
      const v = localStorage.getItem(localStorage.key(i)!) ?? '';
      const m = v.match(/v1\.[\w-]+\.[\w-]+/);
      if (m) return m[0];
    }
    return null;
  });
}
