/** Every route of the app in one place (H5 turns them into `/#/<route>`). */
export const routes = {
  home: () => '/pages/index/index',
  card: (id: string) => `/pages/card/index?id=${encodeURIComponent(id)}`,
  window: (id: string) => `/pages/window/index?id=${encodeURIComponent(id)}`,
  mine: () => '/pages/mine/index',
  staffHome: () => '/staff/home/index',
  staffIssue: () => '/staff/issue/index',
  staffCard: (id: string) => `/staff/card/index?id=${encodeURIComponent(id)}`,
  staffPrint: (id: string) => `/staff/print/index?id=${encodeURIComponent(id)}`,
  adminOrg: () => '/admin/org/index',
  devLogin: () => '/dev/login/index',
};
