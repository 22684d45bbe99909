import type { CheckTagProps } from './index';

/** Controlled: the tag fires `change` with the wished state and waits for `checked`. */
export default function CheckTag(props: CheckTagProps) {
  const { content, checked, disabled = false } = props;
  return (
    <t-check-tag
      content={content}
      checked={checked}
      disabled={disabled}
      size="large"
      variant="outline"
      onChange={(e: { detail: { checked: boolean } }) => props.onChange(Boolean(e.detail.checked))}
    />
  );
}
