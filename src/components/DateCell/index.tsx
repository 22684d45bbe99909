import { Picker } from '@tarojs/components';
import Cell from '../../ui/Cell';

interface DateCellProps {
  title: string;
  /** YYYY-MM-DD */
  value: string;
  start?: string;
  end?: string;
  onChange: (value: string) => void;
}

/** A cell that opens the platform's date picker (WeChat's wheel, Taro's sheet in H5). */
export default function DateCell({ title, value, start, end, onChange }: DateCellProps) {
  return (
    <Picker mode="date" value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
      <Cell title={title} note={value} arrow />
    </Picker>
  );
}
