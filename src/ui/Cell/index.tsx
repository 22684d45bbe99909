import { View } from '@tarojs/components';

export interface CellProps {
  title: string;
  description?: string;
  /** Right-aligned text (a value, a count). */
  note?: string;
  arrow?: boolean;
  required?: boolean;
  onClick?: () => void;
}

/** Fallback for tsc and jest; the builds use index.weapp.tsx / index.h5.tsx. */
export default function Cell({ title, description, note, onClick }: CellProps) {
  return (
    <View onClick={onClick}>
      <View>{title}</View>
      {description ? <View>{description}</View> : null}
      {note ? <View>{note}</View> : null}
    </View>
  );
}
