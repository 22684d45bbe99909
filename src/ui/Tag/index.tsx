import { Text } from '@tarojs/components';

export interface TagProps {
  children: string;
  theme?: 'default' | 'primary' | 'warning' | 'danger' | 'success';
  variant?: 'dark' | 'light' | 'outline' | 'light-outline';
  size?: 'small' | 'medium' | 'large';
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Tag({ children }: TagProps) {
  return <Text>{children}</Text>;
}
