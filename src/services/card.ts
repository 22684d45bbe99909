import type { CardIssueInput, CardIssueOutput, CardMineOutput, CardView } from '../../server/contract/card.schema';
import { call } from './call';

export function getCard(cardId: string): Promise<CardView> {
  return call('card.get', { cardId });
}

/** Staff issue a card; the requestId makes a repeated submit return the first card. */
export function issueCard(input: CardIssueInput, requestId: string): Promise<CardIssueOutput> {
  return call('card.issue', input, requestId);
}

/** The caller's own issued cards, newest first. */
export function myCards(limit = 20): Promise<CardMineOutput> {
  return call('card.mine', { limit });
}
