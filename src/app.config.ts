/**
 * Resident pages stay in the main package (a QR opens them directly, they must load fast);
 * staff, admin and the dev identity switcher are subpackages loaded only when visited.
 */
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/card/index',
    'pages/window/index',
    'pages/mine/index',
    'pages/complaint-new/index',
    'pages/complaints/index',
    'pages/complaint/index',
    'pages/messages/index',
    'pages/results/index',
  ],
  subPackages: [
    { root: 'staff', pages: ['home/index', 'issue/index', 'card/index', 'print/index', 'inbox/index', 'case/index', 'bind/index'] },
    { root: 'admin', pages: ['org/index', 'stats/index', 'windows/index', 'rectifications/index', 'rectification/index', 'rectification-new/index', 'assessment/index', 'accountability/index', 'org-edit/index', 'report/index'] },
    { root: 'dev', pages: ['login/index'] },
  ],
  window: {
    navigationBarTitleText: '服务评价',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f3f3f3',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
  // H5: pages switch without the sliding transition. The slide left the previous page beside the
  // new one mid-transition (sideways scrolling on phones) and gains an elderly reader nothing.
  animation: false,
});
