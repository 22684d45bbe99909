import type { ButtonProps } from './index';

/** t-button fires `tap` (not `click`) and only when enabled and not loading. */
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
    <t-button
      theme={theme}
      variant={variant}
      size={size}
      block={block}
      disabled={disabled}
      loading={loading}
      content={children}
      onTap={() => props.onClick?.()}
    />
  );
}
