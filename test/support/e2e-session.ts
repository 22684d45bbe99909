/**
 * What every end-to-end file needs: `npm start` on a fresh data dir, some phone-sized Chromium
 * profiles (one per person), the screenshot folder — started before the file's tests, stopped
 * after them. Also waits out the toast before a screenshot.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchPhone } from './browser';
import { startLocalServer, type LocalServer } from './local-server';

export const SHOTS = 'docs/screenshots';

type Phone = Awaited<ReturnType<typeof launchPhone>>;

/** `env` adds to what `npm start` sees (e.g. DEV_ACTIONS). */
export function e2eSession(
  phoneCount: number,
  env: Record<string, string> = {},
): { server: LocalServer; phones: Phone[] } {
  jest.setTimeout(240_000);
  const session = { server: undefined as unknown as LocalServer, phones: [] as Phone[] };
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session.server = await startLocalServer(env);
    for (let i = 0; i < phoneCount; i++) session.phones.push(await launchPhone());
  });
  afterAll(async () => {
    for (const p of session.phones) await p.close();
    await session.server?.stop();
  });
  return session;
}

/**
 * Taro's H5 toast (`Taro.showToast`, lib/toast.ts) fades by itself and stays in the page as
 * `display: none`; screenshots show the page under it.
 */
export const noToast = (page: Page) =>
  page
    .waitForFunction(
      // A string: it runs in the page (the tests are typed without the DOM library).
      "[...document.querySelectorAll('.taro__toast')].every((t) => getComputedStyle(t).display === 'none')",
      undefined,
      { timeout: 6000 },
    )
    .catch(() => undefined);
