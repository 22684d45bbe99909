/**
 * Ambient types for the mini program / H5 client (tsconfig.json). Build-time constants come
 * from config/index.ts `defineConstants`.
 */
/// <reference types="@tarojs/taro" />
import 'react';

declare global {
  /** weapp transport: the `api` cloud function, or HTTP to API_BASE. */
  const TRANSPORT: 'cloud' | 'http';
  /** weapp http mode: where the Node host runs, e.g. https://pj.example.org (no trailing slash). */
  const API_BASE: string;
  /** weapp cloud mode: the CloudBase environment id ('' = the default environment). */
  const CLOUD_ENV: string;
  /** Whether this build has the demo identity switcher (dev/login): H5, or a weapp built with DEV_PAGES=1. */
  const DEV_PAGES: boolean;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** tdesign-miniprogram native components (weapp forks in src/ui only). */
      [tag: `t-${string}`]: Record<string, unknown> & { children?: React.ReactNode };
    }
  }
}
