/**
 * Where a scanned code should take the resident. `Taro.scanCode` gives `path` for a 小程序码 of
 * this app (e.g. `pages/card/index?scene=XYZ`) and `result` for anything else (a card URL).
 */
import { idFromUrl } from './entry-id';
import { routes } from './routes';

export function scanTarget(scan: { result?: string; path?: string }): string | null {
  if (scan.path) {
    const path = scan.path.replace(/^\/+/, '');
    if (/^pages\/(card|window)\/index\?/.test(path)) return `/${path}`;
  }
  const text = scan.result ?? '';
  const id = idFromUrl(text);
  if (!id) return null;
  if (text.includes('pages/card/index')) return routes.card(id);
  if (text.includes('pages/window/index')) return routes.window(id);
  return null;
}
