/**
 * The pages a QR or the home screen opens stay in the main package (they must load fast); the
 * resident's complaint pages are the `complaint` subpackage, preloaded from those pages, so the
 * form code and the schemas it checks with (zod) are not in the first download. Staff, admin and
 * the dev identity switcher are subpackages loaded only when visited.
 */
/** Taro evaluates this file in Node at build time, with the target in TARO_ENV. */
declare const process: { env: { TARO_ENV?: string; DEV_PAGES?: string } };

/**
 * The demo identity switcher (dev/login) answers only a local-mode host. H5 is served by that
 * host, so it keeps the page; a mini program build leaves it out unless DEV_PAGES=1 (a build for
 * trying the demo host from WeChat DevTools), so no uploaded package carries it.
 */
const withDevPages = process.env.TARO_ENV === 'h5' || process.env.DEV_PAGES === '1';

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/card/index',
    'pages/window/index',
    'pages/mine/index',
    'pages/messages/index',
    'pages/results/index',
  ],
  subPackages: [
    // 我要投诉, 我的投诉, 投诉详情 (a replied-case notice opens complaint/detail).
    { root: 'complaint', pages: ['new/index', 'list/index', 'detail/index'] },
    {
      root: 'staff',
      pages: [
        'home/index',
        'issue/index',
        'card/index',
        'overdue/index',
        'print/index',
        'inbox/index',
        'followups/index',
        'followup/index',
        'appeals/index',
        'case/index',
        'bind/index',
        'login/index',
      ],
    },
    {
      root: 'admin',
      pages: [
        'org/index',
        'stats/index',
        'windows/index',
        'rectifications/index',
        'rectification/index',
        'rectification-new/index',
        'assessment/index',
        'accountability/index',
        'org-edit/index',
        'report/index',
        'moderation/index',
        'audit/index',
        'ladder/index',
      ],
    },
    ...(withDevPages ? [{ root: 'dev', pages: ['login/index'] }] : []),
  ],
  // Entering a page that links to a complaint page fetches the complaint subpackage in the
  // background, on any network (it is small): 我要投诉 then opens without a wait. Ignored by H5.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['complaint'] },
    'pages/card/index': { network: 'all', packages: ['complaint'] },
    'pages/window/index': { network: 'all', packages: ['complaint'] },
  },
  window: {
    navigationBarTitleText: '服务评价',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f3f3f3',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
  // weapp: WeChat's privacy check (typed in Taro 4's AppConfig; H5 ignores it). The flag switched
  // the check on before 2023-10-17; since then WeChat enforces it whatever this says, so `true`
  // only states the intent. The consent popup is components/PrivacyPopup; the declared APIs are
  // privacy/privacy-apis.ts.
  // https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
  __usePrivacyCheck__: true,
  // H5: pages switch without the sliding transition. The slide left the previous page beside the
  // new one mid-transition (sideways scrolling on phones) and gains an elderly reader nothing.
  // H5 only: in app.json WeChat's compiler flags it as an invalid key.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
});
