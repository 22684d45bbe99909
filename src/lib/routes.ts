/** Every route of the app in one place (H5 turns them into `/#/<route>`). */
export const routes = {
  home: () => '/pages/index/index',
  card: (id: string) => `/pages/card/index?id=${encodeURIComponent(id)}`,
  window: (id: string) => `/pages/window/index?id=${encodeURIComponent(id)}`,
  mine: () => '/pages/mine/index',
  /** File a complaint about a card, a window, a department or a 差评; without a target, pick a department. */
  complaintNew: (target: Record<string, string> = {}) =>
    `/complaint/new/index${
      Object.keys(target).length
        ? `?${Object.entries(target)
            .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
            .join('&')}`
        : ''
    }`,
  complaints: () => '/complaint/list/index',
  complaint: (id: string) => `/complaint/detail/index?id=${encodeURIComponent(id)}`,
  messages: () => '/pages/messages/index',
  results: () => '/pages/results/index',
  staffInbox: () => '/staff/inbox/index',
  staffFollowups: () => '/staff/followups/index',
  staffFollowup: (id: string) => `/staff/followup/index?id=${encodeURIComponent(id)}`,
  staffAppeals: () => '/staff/appeals/index',
  staffBind: () => '/staff/bind/index',
  /** PC browsers: 工号 + password, or set the password with a bind code. */
  staffLogin: () => '/staff/login/index',
  staffCase: (id: string) => `/staff/case/index?id=${encodeURIComponent(id)}`,
  staffHome: () => '/staff/home/index',
  staffIssue: () => '/staff/issue/index',
  staffCard: (id: string) => `/staff/card/index?id=${encodeURIComponent(id)}`,
  staffOverdue: () => '/staff/overdue/index',
  staffPrint: (id: string) => `/staff/print/index?id=${encodeURIComponent(id)}`,
  adminOrg: () => '/admin/org/index',
  adminStats: () => '/admin/stats/index',
  adminWindows: () => '/admin/windows/index',
  orgEdit: (kind: string, id?: string) =>
    `/admin/org-edit/index?kind=${kind}${id ? `&id=${encodeURIComponent(id)}` : ''}`,
  rectifications: () => '/admin/rectifications/index',
  report: () => '/admin/report/index',
  moderation: () => '/admin/moderation/index',
  audit: () => '/admin/audit/index',
  ladder: () => '/admin/ladder/index',
  assessment: () => '/admin/assessment/index',
  accountability: (complaintId?: string) =>
    `/admin/accountability/index${complaintId ? `?complaintId=${encodeURIComponent(complaintId)}` : ''}`,
  /** From a complaint ({complaintId}), or from a report line ({source: 'report' | 'evaluations', note}). */
  rectificationNew: (from: { complaintId?: string; source?: string; note?: string } = {}) => {
    const q = Object.entries(from).flatMap(([k, v]) => (v ? [`${k}=${encodeURIComponent(v)}`] : []));
    return `/admin/rectification-new/index${q.length ? `?${q.join('&')}` : ''}`;
  },
  rectification: (id: string) => `/admin/rectification/index?id=${encodeURIComponent(id)}`,
  devLogin: () => '/dev/login/index',
};
