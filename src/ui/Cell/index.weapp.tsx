import type { CellProps } from './index';

/** t-cell fires `click`; `hover` gives tappable cells the pressed look. */
export default function Cell(props: CellProps) {
  const { title, description = '', note = '', arrow = false, required = false } = props;
  return (
    <t-cell
      title={title}
      description={description}
      note={note}
      arrow={arrow}
      required={required}
      hover={Boolean(props.onClick)}
      onClick={() => props.onClick?.()}
    />
  );
}
