import type { CellGroupProps } from './index';

export default function CellGroup({ title = '', theme = 'default', children }: CellGroupProps) {
  return (
    <t-cell-group title={title} theme={theme} bordered>
      {children}
    </t-cell-group>
  );
}
