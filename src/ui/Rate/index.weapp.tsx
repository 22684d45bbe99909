import type { RateProps } from './index';

export default function Rate(props: RateProps) {
  const { value, count = 5, size = '28px', disabled = false } = props;
  return (
    <t-rate
      value={value}
      count={count}
      size={size}
      gap={8}
      disabled={disabled}
      onChange={(e: { detail: { value: number } }) => props.onChange(Number(e.detail.value) || 0)}
    />
  );
}
