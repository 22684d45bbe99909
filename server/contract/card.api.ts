/** 办事监督卡 (server/actions/card). */
import {
  cardGetInput,
  cardIssueInput,
  cardMineInput,
  type CardIssueOutput,
  type CardMineOutput,
  type CardView,
} from './card.schema';
import { returns, type Declarations } from './declaration';

export const cardApi = {
  'card.issue': { input: cardIssueInput, output: returns<CardIssueOutput>(), access: ['staff', 'admin'] },
  'card.get': { input: cardGetInput, output: returns<CardView>(), access: 'identified' },
  'card.mine': { input: cardMineInput, output: returns<CardMineOutput>(), access: ['staff', 'admin'] },
} as const satisfies Declarations;
