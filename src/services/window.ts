import type { WindowView } from '../../server/contract/window.schema';
import { call } from './call';

export function getWindow(windowId: string): Promise<WindowView> {
  return call('window.get', { windowId });
}
