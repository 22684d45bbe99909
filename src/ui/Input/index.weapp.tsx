import type { InputProps } from './index';

/** The mini program keyboard has no `tel` type with dashes: a text field takes 0571-88001234. */
export default function Input(props: InputProps) {
  const { label, value, placeholder = '', type = 'text', maxlength = -1, tips = '', status = 'default' } = props;
  return (
    <t-input
      label={label}
      value={value}
      placeholder={placeholder}
      type={type === 'number' || type === 'password' ? type : 'text'}
      maxlength={maxlength}
      tips={tips}
      status={status}
      onChange={(e: { detail: { value: string } }) => props.onChange(String(e.detail.value ?? ''))}
    />
  );
}
