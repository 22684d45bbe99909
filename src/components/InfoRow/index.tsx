import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface InfoRowProps {
  label: string;
  children: ReactNode;
}

/** One labelled line of a card: label on the left, value wrapping on the right. */
export default function InfoRow({ label, children }: InfoRowProps) {
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <View className="info-row__value">{children}</View>
    </View>
  );
}
