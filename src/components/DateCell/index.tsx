import { Picker } from '@tarojs/components';
import Cell from '../../ui/Cell';
import { shanghaiDate } from '../../../server/contract/dates';

interface DateCellProps {
  title: string;
  /** YYYY-MM-DD */
  value: string;
  start?: string;
  end?: string;
  onChange: (value: string) => void;
  /** Shown while no date is chosen (value ''); the wheel then opens at today. */
  placeholder?: string;
}

/** A cell that opens the platform's date picker (WeChat's wheel, Taro's sheet in H5). */
export default function DateCell({ title, value, start, end, onChange, placeholder = '请选择' }: DateCellProps) {
  return (
    <Picker
      mode="date"
      value={value || shanghaiDate(new Date())}
      start={start}
      end={end}
      onChange={(e) => onChange(String(e.detail.value))}
    >
      <Cell title={title} note={value || placeholder} arrow />
    </Picker>
  );
}
