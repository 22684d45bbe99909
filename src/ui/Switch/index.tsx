import { Switch as TaroSwitch } from '@tarojs/components';

export interface SwitchProps {
  value: boolean;
  /** What the switch turns on, for screen readers (the visible label sits beside it). */
  label: string;
  disabled?: boolean;
  onChange: (value: boolean) => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Switch({ value, disabled, onChange }: SwitchProps) {
  return <TaroSwitch checked={value} disabled={disabled} onChange={(e) => onChange(e.detail.value)} />;
}
