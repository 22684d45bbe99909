import { Switch as TSwitch } from 'tdesign-mobile-react';
import type { SwitchProps } from './index';

export default function Switch(props: SwitchProps) {
  const { value, disabled = false } = props;
  return <TSwitch value={value} disabled={disabled} size="large" onChange={(v) => props.onChange(Boolean(v))} />;
}
