import { View } from '@tarojs/components';

export interface LoadingProps {
  text?: string;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Loading({ text = '加载中…' }: LoadingProps) {
  return <View>{text}</View>;
}
