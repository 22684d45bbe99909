import { Loading as TLoading } from 'tdesign-mobile-react';
import type { LoadingProps } from './index';

export default function Loading({ text = '加载中…' }: LoadingProps) {
  return <TLoading theme="circular" size="32px" text={text} layout="vertical" />;
}
