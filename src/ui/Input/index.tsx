import { Input as TaroInput, View } from '@tarojs/components';

export interface InputProps {
  label: string;
  value: string;
  placeholder?: string;
  /** `number` brings up the digit keyboard; `tel` allows 区号-号码 dashes; `password` hides what is typed. */
  type?: 'text' | 'number' | 'tel' | 'password';
  maxlength?: number;
  /** Shown under the field (a hint, or what is wrong). */
  tips?: string;
  status?: 'default' | 'error';
  onChange: (value: string) => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Input({ label, value, placeholder, maxlength, onChange }: InputProps) {
  return (
    <View>
      <View>{label}</View>
      <TaroInput
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
    </View>
  );
}
