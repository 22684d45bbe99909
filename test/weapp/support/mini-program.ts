/**
 * Drives the built mini program as a user would: open a page by its URL (as a QR, a link or a
 * navigation opens it), wait until it settles, read its text, tap, type, change pickers.
 *
 * Waiting is deterministic: the app's short timers (≤ 1 s) and the backend calls in flight are
 * counted, and a page has settled when both are zero across several turns of the event loop.
 * Fixed sleeps were flaky.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bootEngine, type Engine } from './engine';
import { createWx, type Backend, type Navigation, type WxDouble } from './wx-double';

const SHORT_TIMER_MS = 1000;

export interface OpenPage {
  route: string;
  query: Record<string, string>;
  component: any;
  /** The page's rendered text, whitespace collapsed. */
  text(): string;
  /** Page data as the view received it (after setData). */
  data(): any;
}

export interface Console {
  errors: string[];
  warnings: string[];
}

export interface MiniProgram {
  engine: Engine;
  wx: WxDouble;
  console: Console;
  /** The page on top of the stack. */
  current(): OpenPage;
  stack(): OpenPage[];
  /** Opens a page as the first page of a fresh launch or on top of the stack. */
  open(url: string, how?: 'launch' | 'navigateTo' | 'redirectTo' | 'reLaunch'): Promise<OpenPage>;
  settle(): Promise<void>;
  /** Waits (settling) until the current page's text contains every string. */
  waitForText(...texts: string[]): Promise<string>;
  /** Taps the innermost element whose text is `text` (or contains it, when exact is false). */
  tap(text: string, options?: { exact?: boolean; nth?: number }): Promise<void>;
  /** Taps the element matching a DOM selector inside the current page. */
  tapSelector(selector: string, nth?: number): Promise<void>;
  /** Types into the nth native input / textarea (in document order) of the current page. */
  type(nth: number, value: string, kind?: 'input' | 'textarea'): Promise<void>;
  /**
   * Fires a WeChat event (`change` of a picker, `agreeprivacyauthorization` of a button …) on the
   * nth match of a selector, or on the native element (`tag`) around a text.
   */
  fire(target: string | { text: string; tag: string }, name: string, detail?: unknown, nth?: number): Promise<void>;
  /** The DOM of the current page. */
  dom(): Element;
  /** The data of every component with this tag on the current page (`t-input` → its value …), in document order. */
  componentData(tag: string): any[];
  /**
   * Closes everything and starts the mini program cold on `url`, on another phone by default
   * (storage emptied: a stored session is one WeChat user's); `samePhone` keeps the storage.
   */
  relaunch(url: string, options?: { samePhone?: boolean }): Promise<OpenPage>;
  close(): void;
}

function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [path, search = ''] = url.replace(/^\//, '').split('?');
  const query: Record<string, string> = {};
  for (const part of search.split('&').filter(Boolean)) {
    const [k, v = ''] = part.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { route: path, query };
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function createMiniProgram(root: string, backend: Backend): MiniProgram {
  const double = createWx(backend);
  const g = globalThis as any;
  const consoleSeen: Console = { errors: [], warnings: [] };

  // Timers the app starts, counted so `settle` knows when the page is quiet.
  const pending = new Set<unknown>();
  let inFlight = 0;
  const realSetTimeout = g.setTimeout;
  const realClearTimeout = g.clearTimeout;
  const trackedSetTimeout = (fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    let handle: unknown = null;
    const short = ms <= SHORT_TIMER_MS;
    handle = realSetTimeout(() => {
      pending.delete(handle);
      fn(...args);
    }, ms);
    if (short) pending.add(handle);
    return handle;
  };
  const trackedClearTimeout = (handle: unknown) => {
    pending.delete(handle);
    realClearTimeout(handle);
  };

  // The logic layer's own console: what the app logs is the page's, not the server's (the api
  // bundle runs in this process too and logs through the realm's console).
  const appConsole = {
    ...console,
    error: (...args: unknown[]) => void consoleSeen.errors.push(args.map(String).join(' ')),
    warn: (...args: unknown[]) => void consoleSeen.warnings.push(args.map(String).join(' ')),
    log: () => undefined,
    info: () => undefined,
    debug: () => undefined,
  };
  const engine = bootEngine(root, double.wx, {
    setTimeout: trackedSetTimeout,
    clearTimeout: trackedClearTimeout,
    console: appConsole,
  });
  const originalCall = double.wx.cloud.callFunction;
  double.wx.cloud.callFunction = (o: any) => {
    inFlight += 1;
    const done = () => {
      inFlight -= 1;
    };
    const wrapped = { ...o };
    for (const key of ['success', 'fail'] as const) {
      if (o?.[key])
        wrapped[key] = (r: unknown) => {
          done();
          o[key](r);
        };
    }
    const out = originalCall(wrapped);
    if (out && typeof out.then === 'function') out.then(done, done);
    return out;
  };
  const originalRequest = double.wx.request;
  double.wx.request = (o: any) => {
    inFlight += 1;
    const wrap = (fn?: (r: unknown) => void) => (r: unknown) => {
      inFlight -= 1;
      fn?.(r);
    };
    return originalRequest({ ...o, success: wrap(o.success), fail: wrap(o.fail) });
  };

  const pages: OpenPage[] = [];
  const host = document.createElement('div');
  document.body.appendChild(host);

  async function turn() {
    await new Promise((r) => realSetTimeout(r, 0));
  }

  async function settle() {
    let quiet = 0;
    for (let i = 0; i < 2000 && quiet < 3; i++) {
      await turn();
      quiet = pending.size === 0 && inFlight === 0 ? quiet + 1 : 0;
    }
    if (quiet < 3) throw new Error(`the page never settled: ${pending.size} timers, ${inFlight} calls pending`);
  }

  function render(url: string): OpenPage {
    const { route, query } = parseUrl(url);
    if (!engine.app) engine.launch({ path: route, query });
    engine.nextPage = { route, query };
    const id = engine.simulate.load(join(engine.root, route), {
      rootPath: engine.root,
      compiler: 'official',
      compilerOptions: { maxBuffer: 64 << 20 },
    });
    const component = engine.simulate.render(id);
    const holder = document.createElement('page-holder');
    host.appendChild(holder);
    component.attach(holder);
    const page: OpenPage = {
      route,
      query,
      component,
      text: () => collapse(component.dom.textContent),
      data: () => component.data,
    };
    return page;
  }

  function closePage(page: OpenPage) {
    page.component.detach();
    const i = pages.indexOf(page);
    if (i >= 0) pages.splice(i, 1);
  }

  async function open(url: string, how: 'launch' | 'navigateTo' | 'redirectTo' | 'reLaunch' = 'navigateTo') {
    const { route, query } = parseUrl(url);
    if (!existsSync(join(engine.root, `${route}.js`))) return notFound(route, query);
    if (how === 'redirectTo' && pages.length) closePage(pages[pages.length - 1]);
    if (how === 'reLaunch' || how === 'launch') while (pages.length) closePage(pages[pages.length - 1]);
    const page = render(url);
    pages.push(page);
    await settle();
    return page;
  }

  /**
   * A path the package does not have, as the first page (a subscribe message, a link): WeChat
   * calls the app's onPageNotFound listeners, and a redirect made there opens instead; without
   * one WeChat shows its own 页面不存在 page, which fails the test.
   */
  async function notFound(route: string, query: Record<string, string>) {
    if (!engine.app) engine.launch({ path: route, query });
    const before = pages.length;
    if (!double.pageNotFound({ path: route, query, isEntryPage: before === 0 }))
      throw new Error(`page not found: ${route} (and the app did not redirect it)`);
    for (let i = 0; i < 200 && pages.length === before; i++) await turn();
    await settle();
    return current();
  }

  double.onNavigate = (nav: Navigation) => {
    // Carried out after the API call returns, as WeChat does.
    realSetTimeout(() => {
      if (nav.kind === 'navigateBack') {
        for (let i = 0; i < (nav.delta ?? 1) && pages.length > 1; i++) closePage(pages[pages.length - 1]);
        return;
      }
      void open(nav.url!, nav.kind === 'switchTab' ? 'reLaunch' : nav.kind);
    }, 0);
  };

  const current = () => {
    if (!pages.length) throw new Error('no page is open');
    return pages[pages.length - 1];
  };
  const dom = () => current().component.dom as Element;

  function innermostWithText(text: string, exact: boolean): Element[] {
    const all = Array.from(dom().querySelectorAll('*'));
    const matches = all.filter((el) => {
      const t = collapse(el.textContent);
      return exact ? t === text : t.includes(text);
    });
    // Innermost: no matching descendant.
    return matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
  }

  async function touch(el: Element) {
    const T = g.Touch;
    const point = () => new T({ identifier: 1, target: el, clientX: 1, clientY: 1, pageX: 1, pageY: 1 });
    el.dispatchEvent(
      new g.TouchEvent('touchstart', {
        bubbles: true,
        cancelable: true,
        touches: [point()],
        changedTouches: [point()],
        targetTouches: [],
      }),
    );
    await turn();
    el.dispatchEvent(
      new g.TouchEvent('touchend', {
        bubbles: true,
        cancelable: true,
        touches: [],
        changedTouches: [point()],
        targetTouches: [],
      }),
    );
    await settle();
  }

  function exparserEvent(el: Element, name: string, detail: unknown) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exparser = require('miniprogram-exparser');
    const target = (el as any).__wxElement;
    if (!target) throw new Error(`<${el.tagName.toLowerCase()}> is not a WeChat element`);
    exparser.Event.dispatchEvent(
      target,
      exparser.Event.create(name, detail, { bubbles: true, composed: true, capturePhase: true }),
    );
  }

  return {
    engine,
    wx: double,
    console: consoleSeen,
    current,
    stack: () => [...pages],
    open,
    settle,
    async waitForText(...texts: string[]) {
      for (let i = 0; i < 50; i++) {
        const t = pages.length ? current().text() : '';
        if (texts.every((s) => t.includes(s))) return t;
        await settle();
        await new Promise((r) => realSetTimeout(r, 10));
      }
      throw new Error(
        `text never appeared: ${texts.filter((s) => !current().text().includes(s)).join(', ')}\npage text: ${current().text()}`,
      );
    },
    async tap(text, { exact = true, nth = 0 } = {}) {
      const found = innermostWithText(text, exact);
      if (!found[nth])
        throw new Error(`nothing to tap with text "${text}" on ${current().route}\npage text: ${current().text()}`);
      await touch(found[nth]);
    },
    async tapSelector(selector, nth = 0) {
      const el = dom().querySelectorAll(selector)[nth];
      if (!el) throw new Error(`nothing matches ${selector} on ${current().route}`);
      await touch(el);
    },
    async type(nth, value, kind = 'input') {
      const el = dom().querySelectorAll(`wx-${kind}`)[nth];
      if (!el) throw new Error(`no ${kind} #${nth} on ${current().route}`);
      exparserEvent(el, 'input', { value, cursor: value.length, keyCode: 0 });
      await settle();
    },
    async fire(target, name, detail = {}, nth = 0) {
      const el =
        typeof target === 'string'
          ? dom().querySelectorAll(target)[nth]
          : innermostWithText(target.text, true)
              .map((e) => e.closest(target.tag))
              .filter(Boolean)[nth];
      if (!el) throw new Error(`nothing matches ${JSON.stringify(target)} on ${current().route}`);
      exparserEvent(el, name, detail);
      await settle();
    },
    dom,
    componentData(tag) {
      // Custom components are virtual hosts in the DOM: walk exparser's tree (shadow roots included).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exparser = require('miniprogram-exparser');
      const found: any[] = [];
      const walk = (node: any) => {
        if (node instanceof exparser.Component) {
          if (node._vt?.tagName === tag) found.push(exparser.Element.getMethodCaller(node)?.data);
          if (node.shadowRoot instanceof exparser.Element) walk(node.shadowRoot);
        }
        for (const child of node.childNodes ?? []) if (child instanceof exparser.Element) walk(child);
      };
      walk(current().component._exparserNode);
      return found;
    },
    close() {
      while (pages.length) closePage(pages[pages.length - 1]);
    },
    async relaunch(url: string, { samePhone = false } = {}) {
      while (pages.length) closePage(pages[pages.length - 1]);
      engine.restart();
      if (!samePhone) double.wx.clearStorageSync();
      return open(url, 'launch');
    },
  };
}
