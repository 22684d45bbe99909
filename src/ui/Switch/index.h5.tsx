import { Switch as TSwitch } from 'tdesign-mobile-react';
import type { SwitchProps } from './index';

/** tdesign-mobile-react draws a bare div: the wrapper gives it the switch role and state. */
export default function Switch(props: SwitchProps) {
  const { value, disabled = false, label } = props;
  return (
    <span
      role="switch"
      aria-checked={value}
      aria-label={label}
      aria-disabled={disabled}
      style={{ display: 'inline-flex' }}
    >
      <TSwitch value={value} disabled={disabled} size="large" onChange={(v) => props.onChange(Boolean(v))} />
    </span>
  );
}
