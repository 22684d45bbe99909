import { Button as TaroButton } from '@tarojs/components';

export interface ButtonProps {
  /** The visible text, also the button's accessible name. */
  children: string;
  theme?: 'default' | 'primary' | 'danger' | 'light';
  variant?: 'base' | 'outline' | 'text';
  size?: 'small' | 'medium' | 'large';
  block?: boolean;
  disabled?: boolean;
  /** Shows a spinner and ignores taps: submit buttons stay inert while a request runs. */
  loading?: boolean;
  onClick?: () => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Button({ children, disabled = false, loading = false, onClick }: ButtonProps) {
  return (
    <TaroButton disabled={disabled || loading} loading={loading} onClick={() => !disabled && !loading && onClick?.()}>
      {children}
    </TaroButton>
  );
}
