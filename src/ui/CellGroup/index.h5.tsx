import { CellGroup as TCellGroup } from 'tdesign-mobile-react';
import type { CellGroupProps } from './index';

export default function CellGroup({ title, theme = 'default', children }: CellGroupProps) {
  return (
    <TCellGroup title={title} theme={theme} bordered>
      {children}
    </TCellGroup>
  );
}
