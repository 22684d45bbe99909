import { Rate as TRate } from 'tdesign-mobile-react';
import type { RateProps } from './index';

export default function Rate(props: RateProps) {
  const { value, count = 5, size = '28px', disabled = false } = props;
  return (
    <TRate
      value={value}
      count={count}
      size={size}
      gap={8}
      disabled={disabled}
      onChange={(v) => props.onChange(Number(v) || 0)}
    />
  );
}
