import type { SwitchProps } from './index';

export default function Switch(props: SwitchProps) {
  const { value, disabled = false } = props;
  return (
    <t-switch
      value={value}
      disabled={disabled}
      size="large"
      onChange={(e: { detail: { value: boolean } }) => props.onChange(Boolean(e.detail.value))}
    />
  );
}
