/** The card a page was opened for (id, scene or q), loaded; "not found" when the link carries none. */
import type { CardView } from '../../server/contract/card.schema';
import { ApiError } from '../services/api-error';
import { getCard } from '../services/card';
import { entryId } from './entry-id';
import { usePageParams } from './page-params';
import { useRemote } from './use-remote';

export function usePageCard() {
  const cardId = entryId(usePageParams());
  return useRemote<CardView>(
    () => (cardId ? getCard(cardId) : Promise.reject(new ApiError('CARD.NOT_FOUND', '未找到该监督卡'))),
    cardId ?? '',
  );
}
