/**
 * Pages that moved, and where their old path leads now. The resident's complaint pages were in
 * the main package (pages/complaint-new, pages/complaints, pages/complaint) until they became the
 * `complaint` subpackage. A subscribe message already sent — or sent from a notify.templates
 * setting written before the move — still opens the old path, and WeChat (or the H5 router)
 * reports it as not found: the app sends it on to the page's new path (app.tsx).
 */
import Taro from '@tarojs/taro';
import { routes } from './routes';

const TARGET_KEYS = ['cardId', 'windowId', 'departmentId', 'evaluationId'] as const;

const MOVED: Record<string, (query: Record<string, string | undefined>) => string> = {
  'pages/complaint-new/index': (q) =>
    routes.complaintNew(Object.fromEntries(TARGET_KEYS.flatMap((k) => (q[k] ? [[k, q[k]]] : [])))),
  'pages/complaints/index': () => routes.complaints(),
  'pages/complaint/index': (q) => routes.complaint(q.id ?? ''),
};

/** The URL an old page path (with or without its leading slash) opens now; null for any other path. */
export function movedPageUrl(path: string, query: Record<string, string | undefined> = {}): string | null {
  const to = MOVED[path.replace(/^\//, '')];
  return to ? to(query) : null;
}

let registered = false;

/**
 * Listens for a page that is not found, once, at launch: an old path is redirected (in the
 * listener itself, as WeChat requires); any other path gets the platform's own not-found page.
 */
export function redirectMovedPages(): void {
  if (registered || typeof Taro.onPageNotFound !== 'function') return;
  registered = true;
  Taro.onPageNotFound(({ path, query }) => {
    const url = movedPageUrl(path, query as Record<string, string | undefined>);
    if (url) void Taro.redirectTo({ url });
  });
}
