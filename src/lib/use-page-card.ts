/** The card a page was opened for (id, scene or q), loaded; "not found" when the link carries none. */
import type { CardView } from '../../server/contract/card.schema';
import type { QrGetOutput } from '../../server/contract/qr.schema';
import { ApiError } from '../services/api-error';
import { call } from '../services/call';
import { entryId } from './entry-id';
import { usePageParams } from './page-params';
import { useRemote } from './use-remote';

export function usePageCard() {
  const cardId = entryId(usePageParams());
  return useRemote<CardView>(
    () => (cardId ? call('card.get', { cardId }) : Promise.reject(new ApiError('CARD.NOT_FOUND', '未找到该监督卡'))),
    cardId ?? '',
  );
}

/**
 * Staff pages: the card with its QR. `qr.get` answers only staff who may hand this card out, so
 * loading both together shows the card to them alone (anyone else gets the refusal, not a card
 * under an error line).
 */
export function useStaffCard() {
  const cardId = entryId(usePageParams());
  return useRemote<{ card: CardView; qr: QrGetOutput }>(
    () =>
      cardId
        ? Promise.all([call('card.get', { cardId }), call('qr.get', { cardId })]).then(([card, qr]) => ({ card, qr }))
        : Promise.reject(new ApiError('CARD.NOT_FOUND', '未找到该监督卡')),
    cardId ?? '',
  );
}
