/** Every route of the app in one place (H5 turns them into `/#/<route>`). */
export const routes = {
  home: () => '/pages/index/index',
  card: (id: string) => `/pages/card/index?id=${encodeURIComponent(id)}`,
  window: (id: string) => `/pages/window/index?id=${encodeURIComponent(id)}`,
  mine: () => '/pages/mine/index',
  /** File a complaint about a card, a window, a department or a 差评; without a target, pick a department. */
  complaintNew: (target: Record<string, string> = {}) =>
    `/pages/complaint-new/index${Object.keys(target).length ? `?${Object.entries(target).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''}`,
  complaints: () => '/pages/complaints/index',
  complaint: (id: string) => `/pages/complaint/index?id=${encodeURIComponent(id)}`,
  messages: () => '/pages/messages/index',
  results: () => '/pages/results/index',
  staffInbox: () => '/staff/inbox/index',
  staffBind: () => '/staff/bind/index',
  staffCase: (id: string) => `/staff/case/index?id=${encodeURIComponent(id)}`,
  staffHome: () => '/staff/home/index',
  staffIssue: () => '/staff/issue/index',
  staffCard: (id: string) => `/staff/card/index?id=${encodeURIComponent(id)}`,
  staffPrint: (id: string) => `/staff/print/index?id=${encodeURIComponent(id)}`,
  adminOrg: () => '/admin/org/index',
  adminStats: () => '/admin/stats/index',
  adminWindows: () => '/admin/windows/index',
  rectifications: () => '/admin/rectifications/index',
  rectificationNew: (complaintId?: string) => `/admin/rectification-new/index${complaintId ? `?complaintId=${encodeURIComponent(complaintId)}` : ''}`,
  rectification: (id: string) => `/admin/rectification/index?id=${encodeURIComponent(id)}`,
  devLogin: () => '/dev/login/index',
};
