import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { registerPrivacyConsent } from './privacy/register';
import { initTransport } from './services/transport';
import './app.scss';

export default function App({ children }: PropsWithChildren) {
  // weapp: wx.cloud.init once (cloud mode), before any page calls the backend; and the privacy
  // consent listener, before any page calls a privacy API. Both are no-ops in H5.
  useLaunch(() => {
    initTransport();
    registerPrivacyConsent();
  });
  return children;
}
