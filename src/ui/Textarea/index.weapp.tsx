import type { TextareaProps } from './index';

export default function Textarea(props: TextareaProps) {
  const { value, placeholder = '', maxlength, indicator = true } = props;
  return (
    <t-textarea
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      indicator={indicator}
      autosize={{ minHeight: 96, maxHeight: 240 }}
      bordered
      disableDefaultPadding
      onChange={(e: { detail: { value: string } }) => props.onChange(String(e.detail.value ?? ''))}
    />
  );
}
