import { Cell as TCell } from 'tdesign-mobile-react';
import type { CellProps } from './index';

export default function Cell(props: CellProps) {
  const { title, description, note, arrow = false, required = false } = props;
  return (
    <TCell
      title={title}
      description={description || undefined}
      note={note || undefined}
      arrow={arrow}
      required={required}
      hover={Boolean(props.onClick)}
      onClick={() => props.onClick?.()}
    />
  );
}
