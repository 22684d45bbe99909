import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { redirectMovedPages } from './lib/moved-pages';
import { registerPrivacyConsent } from './privacy/register';
import { initTransport } from './services/transport';
import './app.scss';

// Before the app starts: a subscribe message may open a page's old path as the first page.
redirectMovedPages();

export default function App({ children }: PropsWithChildren) {
  // weapp: wx.cloud.init once (cloud mode), before any page calls the backend; and the privacy
  // consent listener, before any page calls a privacy API. Both are no-ops in H5.
  useLaunch(() => {
    initTransport();
    registerPrivacyConsent();
  });
  return children;
}
