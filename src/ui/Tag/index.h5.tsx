import { Tag as TTag } from 'tdesign-mobile-react';
import type { TagProps } from './index';

export default function Tag({ children, theme = 'default', variant = 'light', size = 'medium' }: TagProps) {
  return (
    <TTag theme={theme} variant={variant} size={size}>
      {children}
    </TTag>
  );
}
