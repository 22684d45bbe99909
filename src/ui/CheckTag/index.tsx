import { View } from '@tarojs/components';

export interface CheckTagProps {
  content: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function CheckTag({ content, checked, onChange }: CheckTagProps) {
  return <View onClick={() => onChange(!checked)}>{checked ? `✓ ${content}` : content}</View>;
}
