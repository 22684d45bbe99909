/**
 * WeChat's component engine in Node: the built dist/weapp run by miniprogram-simulate,
 * j-component and miniprogram-exparser over jsdom, with the official wcc compiling the
 * templates (Taro's base.wxml needs <import>, <template is> and wxs, which j-component's own
 * parser lacks). What this file adds to simulate, and why:
 * - a logic-layer loader: app and component code run in this realm (exparser's), but with the
 *   names WeChat's logic layer lacks shadowed as undefined (window, document, process …), so
 *   code that needs a browser or Node global is blank here as it is in WeChat;
 * - `App()` captured for `getApp()`, `Page()` mapped onto `Component()` with the page
 *   lifecycles (simulate has only Component; its maintainers advise this mapping);
 * - each file's `Component()` definition recorded and replayed: webpack runs a chunk once per
 *   process, so a page or component opened a second time would otherwise register nothing;
 * - `setData` payloads JSON-cloned, as WeChat's bridge does.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { JSDOM } from 'jsdom';

/** Globals of Node or a browser that WeChat's logic layer does not have. */
const ABSENT_IN_WECHAT = [
  'window',
  'document',
  'process',
  'Buffer',
  'setImmediate',
  'clearImmediate',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'fetch',
  'structuredClone',
  'MessageChannel',
  'global',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'XMLHttpRequest',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
];

export interface PageState {
  route: string;
  query: Record<string, string>;
}

export interface Engine {
  root: string;
  simulate: any;
  app: any;
  /** Set before a page renders: the route and query its `onLoad` gets. */
  nextPage: PageState | null;
  /** Pages in the stack, bottom first (getCurrentPages). */
  stack: any[];
  /** Runs `app.js` once and calls `onLaunch`/`onShow`. */
  launch(options: { path: string; query: Record<string, string>; scene?: number }): void;
  /**
   * A cold start: WeChat killed the mini program and opens it again (module state, webpack's
   * installed chunks and the app instance all gone; compiled templates kept, as a cache).
   */
  restart(): void;
}

let engine: Engine | null = null;

/** Names the logic layer sees instead of the realm's own (the driver's counted timers). */
export type LogicGlobals = Record<string, unknown>;

export function bootEngine(root: string, wx: Record<string, unknown>, logicGlobals: LogicGlobals = {}): Engine {
  if (engine) throw new Error('one engine per test file (webpack state lives in its globals)');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as any;
  // exparser and j-component draw into a DOM: give them jsdom's, as jest's jsdom environment would.
  const fromJsdom: string[] = [];
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in g) && /^[A-Za-z_$][\w$]*$/.test(key)) {
      try {
        g[key] = (dom.window as any)[key];
        fromJsdom.push(key);
      } catch {
        /* some jsdom getters throw outside their window: not needed */
      }
    }
  }
  // What app code must not see, by name or through globalThis (axios probes globalThis.postMessage).
  const hidden = new Set([...ABSENT_IN_WECHAT, ...fromJsdom, 'crypto']);
  for (const key of Object.keys(logicGlobals)) hidden.delete(key);
  const logicGlobalThis = new Proxy(g, {
    get: (target, key) =>
      typeof key === 'string' && hidden.has(key) ? (logicGlobals as any)[key] : Reflect.get(target, key),
    has: (target, key) => (typeof key === 'string' && hidden.has(key) ? false : Reflect.has(target, key)),
  });
  g.window = dom.window;
  g.document = dom.window.document;
  g.wx = wx;

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const simulate = require('miniprogram-simulate');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const simulateUtils = require('miniprogram-simulate/src/utils');
  // simulate's injected wx (its mock API) is replaced wholesale by ours.
  g.wx = wx;

  const absRoot = resolve(root);
  const modules = new Map<string, { exports: any }>();
  const recorded = new Map<string, { kind: 'component' | 'page'; def: any }>();
  let running: string | null = null;
  let registeredInRun = false;
  const simulateComponent = g.Component;

  const state: Engine = {
    root: absRoot,
    simulate,
    app: null,
    nextPage: null,
    stack: [],
    launch(options) {
      if (state.app) return;
      loadModule(join(absRoot, 'app.js'));
      if (!state.app) throw new Error('app.js did not call App()');
      state.app.onLaunch?.call(state.app, { scene: 1001, referrerInfo: {}, ...options });
      state.app.onShow?.call(state.app, { scene: 1001, referrerInfo: {}, ...options });
    },
    restart() {
      if (state.stack.length) throw new Error('close every page before a restart');
      modules.clear();
      recorded.clear();
      delete (wx as any).webpackJsonp;
      state.app = null;
    },
  };

  function resolveFile(from: string, spec: string): string {
    const base = spec.startsWith('/') ? join(absRoot, spec) : resolve(dirname(from), spec);
    for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        if (!candidate.startsWith(absRoot + sep)) throw new Error(`require outside the package: ${spec}`);
        return candidate;
      }
    }
    throw new Error(`module not found in the package: ${spec} (from ${relative(absRoot, from)})`);
  }

  function evaluate(file: string, module: { exports: any }) {
    const code = readFileSync(file, 'utf8');
    const provided = Object.keys(logicGlobals);
    const params = [...hidden, ...provided, 'globalThis', 'require', 'module', 'exports', '__wxRoute'];
    // A Function built in this realm: exparser's arrays and templates are this realm's too.
    // A non-file URL: stack traces name the package file, and jest does not print the minified source as a code frame.
    const fn = new Function(...params, `${code}\n//# sourceURL=weapp:///${relative(absRoot, file)}`);
    const localRequire = (spec: string) => loadModule(resolveFile(file, spec));
    const values = [...[...hidden].map(() => undefined), ...provided.map((k) => logicGlobals[k]), logicGlobalThis];
    fn.call(module.exports, ...values, localRequire, module, module.exports, relative(absRoot, file));
  }

  function loadModule(file: string): any {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} as any };
    modules.set(file, module);
    evaluate(file, module);
    return module.exports;
  }

  /** simulate runs a component's file to register it: run it once, replay it afterwards. */
  simulateUtils.runJs = (filePath: string) => {
    const file = filePath.endsWith('.js') ? filePath : `${filePath}.js`;
    const outer = running;
    const outerRegistered = registeredInRun;
    running = file;
    registeredInRun = false;
    try {
      if (!modules.has(file)) loadModule(file);
      if (!registeredInRun) {
        const again = recorded.get(file);
        if (!again) throw new Error(`${relative(absRoot, file)} registered no component`);
        if (again.kind === 'page') registerPage(again.def);
        else registerComponent(again.def);
      }
    } finally {
      running = outer;
      registeredInRun = outerRegistered;
    }
  };

  const jsonClone = (v: unknown) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  const bridgeBehavior = simulate.behavior({
    lifetimes: {
      created(this: any) {
        const setData = this.setData;
        // WeChat's bridge serialises every payload: functions and Dates do not survive it.
        this.setData = (data: unknown, cb?: () => void) => setData.call(this, jsonClone(data), cb);
      },
    },
  });

  function registerComponent(def: any) {
    registeredInRun = true;
    simulateComponent({ ...def, behaviors: [bridgeBehavior, ...(def.behaviors ?? [])] });
  }

  function registerPage(options: any) {
    registeredInRun = true;
    const methods: Record<string, unknown> = {};
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) {
      if (key === 'data') continue;
      if (typeof value === 'function') methods[key] = value;
      else fields[key] = value;
    }
    simulateComponent({
      data: options.data ?? {},
      behaviors: [bridgeBehavior],
      methods,
      lifetimes: {
        created(this: any) {
          Object.assign(this, fields);
          const page = state.nextPage ?? { route: 'unknown', query: {} };
          state.nextPage = null;
          this.route = page.route;
          this.__route__ = page.route;
          this.options = page.query;
        },
        attached(this: any) {
          state.stack.push(this);
          this.onLoad?.(this.options);
          this.onShow?.();
        },
        ready(this: any) {
          this.onReady?.();
        },
        detached(this: any) {
          this.onUnload?.();
          state.stack = state.stack.filter((p) => p !== this);
        },
      },
    });
  }

  g.Component = (def: any) => {
    if (running) recorded.set(running, { kind: 'component', def });
    registerComponent(def);
  };
  g.Page = (def: any) => {
    if (running) recorded.set(running, { kind: 'page', def });
    registerPage(def);
  };
  g.App = (def: any) => {
    state.app = def;
  };
  g.getApp = () => state.app;
  g.getCurrentPages = () => [...state.stack];
  g.requirePlugin = () => {
    throw new Error('no plugins in this mini program');
  };

  engine = state;
  return state;
}
