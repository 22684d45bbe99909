import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initTransport } from './services/transport';
import './app.scss';

export default function App({ children }: PropsWithChildren) {
  // weapp cloud mode: wx.cloud.init once, before any page calls the backend.
  useLaunch(() => initTransport());
  return children;
}
