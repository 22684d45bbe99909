/**
 * The `wx` object the built mini program calls, as a test double: storage in memory, navigation
 * recorded (and carried out by the driver), toasts and modals recorded, the privacy and
 * subscribe-message prompts answered as the test says, the backend behind `wx.cloud` and
 * `wx.request`. miniprogram-simulate's own mock API fills in the rest (system info, selector
 * queries). What it does not prove: WeChat's real prompts, quotas and error texts.
 */

export interface Backend {
  /** `wx.cloud.callFunction({name, data})` → the function's result (cloud builds). */
  callFunction?(name: string, data: unknown): Promise<unknown>;
  /** `wx.request` → status, body (http builds). */
  request?(req: {
    url: string;
    method: string;
    data: unknown;
    header: Record<string, string>;
  }): Promise<{ statusCode: number; data: unknown; header: Record<string, string> }>;
  /** `wx.login` → a code the backend knows (http builds). */
  loginCode?(): string;
}

export type Navigation = {
  kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'navigateBack' | 'switchTab';
  url?: string;
  delta?: number;
};

export interface WxRecord {
  navigations: Navigation[];
  toasts: string[];
  modals: { title?: string; content?: string }[];
  subscribeRequests: string[][];
  privacyPrompts: number;
  /** What the app answered each held privacy call with (event, and the agree button's id). */
  privacyAnswers: { event: string; buttonId?: string }[];
  chooseMedia: number;
  titles: string[];
  calls: { action: string; payload: unknown }[];
}

type Callbacks = { success?: (r: any) => void; fail?: (e: any) => void; complete?: (r: any) => void };

/** Calls the wx-style callbacks the way the platform does: later, never synchronously. */
function answer<T>(opts: Callbacks | undefined, work: () => Promise<T> | T): void {
  Promise.resolve()
    .then(work)
    .then(
      (r) => {
        opts?.success?.(r);
        opts?.complete?.(r);
      },
      (e) => {
        const err = { errMsg: String(e?.errMsg ?? e?.message ?? e) };
        opts?.fail?.(err);
        opts?.complete?.(err);
      },
    );
}

export interface WxDouble {
  wx: Record<string, any>;
  record: WxRecord;
  /** What the next privacy prompt answers; `null` leaves it pending until `agreePrivacy()`. */
  privacy: { agreed: boolean; pending: ((r: { event: string; buttonId?: string }) => void) | null };
  /** Who the next `wx.login` / cloud call is (set per step by the test). */
  openid: string | null;
  onNavigate: ((nav: Navigation) => void) | null;
  /** Template ids the user accepts in the next subscribe prompt (all by default). */
  subscribeAnswer: 'accept' | 'reject';
  /**
   * WeChat opening a page the package does not have: the app's wx.onPageNotFound listeners, and
   * whether one of them redirected in the listener itself (WeChat ignores a later redirect).
   */
  pageNotFound(res: { path: string; query: Record<string, string>; isEntryPage: boolean }): boolean;
}

export function createWx(backend: Backend): WxDouble {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mock = require('miniprogram-simulate/src/api');
  const storage = new Map<string, string>();
  const record: WxRecord = {
    navigations: [],
    toasts: [],
    modals: [],
    subscribeRequests: [],
    privacyPrompts: 0,
    privacyAnswers: [],
    chooseMedia: 0,
    titles: [],
    calls: [],
  };
  let privacyHandler:
    ((resolve: (r: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void) | null = null;
  const notFoundListeners: ((res: unknown) => void)[] = [];
  let inNotFound = false;
  let redirectedInNotFound = false;

  const double: WxDouble = {
    wx: {},
    record,
    privacy: { agreed: false, pending: null },
    openid: null,
    onNavigate: null,
    subscribeAnswer: 'accept',
    pageNotFound(res) {
      inNotFound = true;
      redirectedInNotFound = false;
      try {
        for (const listener of notFoundListeners) listener(res);
      } finally {
        inNotFound = false;
      }
      return redirectedInNotFound;
    },
  };

  /** A privacy API: asks for consent first (onNeedPrivacyAuthorization), as WeChat does. */
  function privacyGate(): Promise<void> {
    if (double.privacy.agreed) return Promise.resolve();
    if (!privacyHandler) return Promise.reject({ errMsg: 'privacy permission is not authorized' });
    record.privacyPrompts += 1;
    return new Promise((resolve, reject) => {
      privacyHandler!(
        (r) => {
          // The app may first say its popup is on screen; the call stays held until agree/disagree.
          if (r.event === 'exposureAuthorization') return;
          record.privacyAnswers.push({ event: r.event, buttonId: r.buttonId });
          if (r.event === 'agree') {
            double.privacy.agreed = true;
            resolve();
          } else reject({ errMsg: 'privacy permission is not authorized' });
        },
        { referrer: '' },
      );
    });
  }

  const navigate = (kind: Navigation['kind']) => (opts: Callbacks & { url?: string; delta?: number }) => {
    if (inNotFound && (kind === 'redirectTo' || kind === 'reLaunch')) redirectedInNotFound = true;
    answer(opts, () => {
      const nav: Navigation = { kind, url: opts.url, delta: opts.delta };
      record.navigations.push(nav);
      double.onNavigate?.(nav);
      return { errMsg: `${kind}:ok` };
    });
  };

  Object.assign(double.wx, mock, {
    getStorageSync: (key: string) => (storage.has(key) ? JSON.parse(storage.get(key)!) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.stringify(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorage: (o: Callbacks & { key: string }) =>
      answer(o, () => {
        if (!storage.has(o.key)) throw new Error('getStorage:fail data not found');
        return { data: JSON.parse(storage.get(o.key)!) };
      }),
    setStorage: (o: Callbacks & { key: string; data: unknown }) =>
      answer(o, () => void storage.set(o.key, JSON.stringify(o.data))),
    removeStorage: (o: Callbacks & { key: string }) => answer(o, () => void storage.delete(o.key)),
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    switchTab: navigate('switchTab'),
    navigateBack: navigate('navigateBack'),
    showToast: (o: Callbacks & { title: string }) => answer(o, () => void record.toasts.push(o.title)),
    hideToast: (o?: Callbacks) => answer(o, () => undefined),
    showLoading: (o?: Callbacks) => answer(o, () => undefined),
    hideLoading: (o?: Callbacks) => answer(o, () => undefined),
    showModal: (o: Callbacks & { title?: string; content?: string }) =>
      answer(o, () => {
        record.modals.push({ title: o.title, content: o.content });
        return { confirm: true, cancel: false };
      }),
    setNavigationBarTitle: (o: Callbacks & { title: string }) => answer(o, () => void record.titles.push(o.title)),
    pageScrollTo: (o?: Callbacks) => answer(o, () => undefined),
    makePhoneCall: (o?: Callbacks) => answer(o, () => undefined),
    onPageNotFound: (listener: (res: unknown) => void) => void notFoundListeners.push(listener),
    onNeedPrivacyAuthorization: (handler: typeof privacyHandler) => {
      privacyHandler = handler;
    },
    requirePrivacyAuthorize: (o?: Callbacks) => answer(o, privacyGate),
    getPrivacySetting: (o?: Callbacks) =>
      answer(o, () => ({ needAuthorization: !double.privacy.agreed, privacyContractName: '《用户隐私保护指引》' })),
    openPrivacyContract: (o?: Callbacks) => answer(o, () => undefined),
    chooseMedia: (o: Callbacks) =>
      answer(o, async () => {
        await privacyGate();
        record.chooseMedia += 1;
        return { type: 'image', tempFiles: [] };
      }),
    chooseMessageFile: (o: Callbacks) =>
      answer(o, async () => {
        await privacyGate();
        return { tempFiles: [] };
      }),
    requestSubscribeMessage: (o: Callbacks & { tmplIds: string[] }) =>
      answer(o, () => {
        record.subscribeRequests.push([...o.tmplIds]);
        const verdict = double.subscribeAnswer;
        return Object.fromEntries([['errMsg', 'requestSubscribeMessage:ok'], ...o.tmplIds.map((id) => [id, verdict])]);
      }),
    login: (o: Callbacks) =>
      answer(o, () => {
        if (!backend.loginCode) throw new Error('login:fail no login in this build');
        return { code: backend.loginCode(), errMsg: 'login:ok' };
      }),
    request: (o: Callbacks & { url: string; method?: string; data?: unknown; header?: Record<string, string> }) => {
      answer(o, async () => {
        if (!backend.request) throw new Error('request:fail no http backend');
        const res = await backend.request({
          url: o.url,
          method: o.method ?? 'GET',
          data: o.data,
          header: o.header ?? {},
        });
        return { ...res, errMsg: 'request:ok' };
      });
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
    },
    cloud: {
      init: () => undefined,
      callFunction: (o: Callbacks & { name: string; data: any }) => {
        const run = async () => {
          if (!backend.callFunction) throw new Error('cloud.callFunction:fail no cloud backend');
          record.calls.push({ action: o.data?.action, payload: o.data?.payload });
          // WeChat's bridge: what crosses is JSON.
          const result = await backend.callFunction(o.name, JSON.parse(JSON.stringify(o.data)));
          return { result: JSON.parse(JSON.stringify(result)), errMsg: 'cloud.callFunction:ok' };
        };
        if (o && (o.success || o.fail || o.complete)) return answer(o, run);
        return run();
      },
    },
  });
  return double;
}
