import { TagCheck } from 'tdesign-mobile-react';
import type { CheckTagProps } from './index';

export default function CheckTag(props: CheckTagProps) {
  const { content, checked, disabled = false } = props;
  return (
    <TagCheck
      content={content}
      checked={checked}
      disabled={disabled}
      size="large"
      variant="outline"
      onChange={(c) => props.onChange(Boolean(c))}
    />
  );
}
