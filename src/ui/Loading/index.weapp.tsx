import type { LoadingProps } from './index';

export default function Loading({ text = '加载中…' }: LoadingProps) {
  return <t-loading theme="circular" size="32px" text={text} layout="vertical" />;
}
