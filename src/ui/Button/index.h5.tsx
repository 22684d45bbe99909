import { Button as TButton } from 'tdesign-mobile-react';
import type { ButtonProps } from './index';

export default function Button(props: ButtonProps) {
  const {
    children,
    theme = 'default',
    variant = 'base',
    size = 'medium',
    block = false,
    disabled = false,
    loading = false,
  } = props;
  return (
    <TButton
      theme={theme}
      variant={variant}
      size={size}
      block={block}
      disabled={disabled}
      loading={loading}
      type="button"
      onClick={() => !disabled && !loading && props.onClick?.()}
    >
      {children}
    </TButton>
  );
}
