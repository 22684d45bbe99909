/**
 * The complaint pages moved from the main package to the `complaint` subpackage: an old path —
 * in a subscribe message sent before, or a notify.templates setting written before — is
 * redirected to the page's new path, in the not-found listener itself (WeChat ignores a later
 * redirect). Any other missing path is left to the platform's own not-found page.
 */
const mockListeners: ((res: { path: string; query: Record<string, string>; isEntryPage: boolean }) => void)[] = [];
const mockRedirects: string[] = [];

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    onPageNotFound: (listener: (typeof mockListeners)[number]) => void mockListeners.push(listener),
    redirectTo: ({ url }: { url: string }) => {
      mockRedirects.push(url);
      return Promise.resolve();
    },
  },
}));

import { movedPageUrl, redirectMovedPages } from '../../src/lib/moved-pages';
import { routes } from '../../src/lib/routes';

it('maps each old complaint page to its new path, keeping what the page reads from the query', () => {
  expect(movedPageUrl('pages/complaint/index', { id: 'C0123456789' })).toBe(routes.complaint('C0123456789'));
  expect(routes.complaint('C0123456789')).toBe('/complaint/detail/index?id=C0123456789');
  expect(movedPageUrl('/pages/complaints/index')).toBe('/complaint/list/index');
  // A complaint's target survives; anything else in the query (H5's stamp …) does not.
  expect(movedPageUrl('pages/complaint-new/index', { cardId: 'CARD123456', stamp: '7' })).toBe(
    '/complaint/new/index?cardId=CARD123456',
  );
  expect(movedPageUrl('pages/complaint-new/index', {})).toBe('/complaint/new/index');
  expect(movedPageUrl('pages/card/index', { id: 'x' })).toBeNull();
  expect(movedPageUrl('pages/gone/index')).toBeNull();
});

it('redirects an old path synchronously in the not-found listener, registered once', () => {
  redirectMovedPages();
  redirectMovedPages();
  expect(mockListeners).toHaveLength(1);
  mockListeners[0]({ path: 'pages/complaint/index', query: { id: 'C0123456789' }, isEntryPage: true });
  expect(mockRedirects).toEqual(['/complaint/detail/index?id=C0123456789']);
  mockListeners[0]({ path: 'pages/nowhere/index', query: {}, isEntryPage: true });
  expect(mockRedirects).toHaveLength(1);
});
