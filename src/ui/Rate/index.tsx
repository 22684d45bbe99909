import { View } from '@tarojs/components';

export interface RateProps {
  /** 0 = not rated yet (a missing rating is never defaulted). */
  value: number;
  count?: number;
  /** Star size, e.g. `28px`. */
  size?: string;
  disabled?: boolean;
  onChange: (value: number) => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Rate({ value, count = 5, onChange }: RateProps) {
  return (
    <View>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} onClick={() => onChange(i + 1)}>
          {i < value ? '★' : '☆'}
        </View>
      ))}
    </View>
  );
}
