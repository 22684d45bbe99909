import { Input as TInput } from 'tdesign-mobile-react';
import type { InputProps } from './index';

export default function Input(props: InputProps) {
  const { label, value, placeholder, type = 'text', maxlength, tips, status = 'default' } = props;
  return (
    <TInput
      label={label}
      value={value}
      placeholder={placeholder}
      type={type}
      maxlength={maxlength}
      tips={tips || undefined}
      status={status}
      onChange={(v) => props.onChange(String(v ?? ''))}
    />
  );
}
