import { Picker } from '@tarojs/components';
import Cell from '../../ui/Cell';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectCellProps {
  title: string;
  options: SelectOption[];
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}

/**
 * A cell that opens the platform's own list picker (the system wheel in WeChat, Taro's sheet
 * in H5): reliable on both and big enough for long lists, unlike a row of tags.
 */
export default function SelectCell({ title, options, value, placeholder = '请选择', onChange }: SelectCellProps) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <Picker
      mode="selector"
      range={options.map((o) => o.label)}
      value={Math.max(index, 0)}
      onChange={(e) => {
        const picked = options[Number(e.detail.value)];
        if (picked) onChange(picked.value);
      }}
    >
      <Cell title={title} note={index >= 0 ? options[index].label : placeholder} arrow />
    </Picker>
  );
}
