import type { TagProps } from './index';

/** t-tag has no `content` property: the text goes in its slot. */
export default function Tag({ children, theme = 'default', variant = 'light', size = 'medium' }: TagProps) {
  return (
    <t-tag theme={theme} variant={variant} size={size}>
      {children}
    </t-tag>
  );
}
