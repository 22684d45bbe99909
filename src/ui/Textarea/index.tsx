import { Textarea as TaroTextarea } from '@tarojs/components';

export interface TextareaProps {
  value: string;
  placeholder?: string;
  maxlength: number;
  /** Shows the `12/500` counter. */
  indicator?: boolean;
  onChange: (value: string) => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Textarea({ value, placeholder, maxlength, onChange }: TextareaProps) {
  return (
    <TaroTextarea
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}
