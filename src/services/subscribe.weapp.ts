/** Asks for the templates the server names (notify.templates); resolves with how many were accepted. */
import Taro from '@tarojs/taro';
import { call } from './call';
import type { Audience } from './subscribe';

export type { Audience } from './subscribe';

export const canSubscribe = true;

export async function askSubscribe(audience: Audience): Promise<number> {
  const templates = await call('notify.templates', {});
  const ids = templates[audience];
  if (!ids.length) return 0;
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<
      string,
      string
    >;
    return ids.filter((id) => res[id] === 'accept').length;
  } catch {
    return 0;
  }
}
