import { Textarea as TTextarea } from 'tdesign-mobile-react';
import type { TextareaProps } from './index';

export default function Textarea(props: TextareaProps) {
  const { value, placeholder, maxlength, indicator = true } = props;
  return (
    <TTextarea
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      indicator={indicator}
      autosize={{ minRows: 3, maxRows: 8 }}
      bordered
      onChange={(v) => props.onChange(String(v ?? ''))}
    />
  );
}
