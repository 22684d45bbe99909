import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

export interface CellGroupProps {
  title?: string;
  /** `card`: rounded, inset from the page edge. */
  theme?: 'default' | 'card';
  children: ReactNode;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function CellGroup({ title, children }: CellGroupProps) {
  return (
    <View>
      {title ? <View>{title}</View> : null}
      {children}
    </View>
  );
}
