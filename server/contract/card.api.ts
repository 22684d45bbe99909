/** 办事监督卡 and its service case (server/actions/card). */
import {
  cardCompleteInput,
  cardGetInput,
  cardIssueInput,
  cardMineInput,
  cardNotifyMeInput,
  cardOverdueInput,
  cardResumeInput,
  cardReturnInput,
  cardSetSettingsInput,
  cardSettingsInput,
  cardSupplementInput,
  type CardSettings,
  type CardIssueOutput,
  type CardMineOutput,
  type CardNotifyMeOutput,
  type CardOverdueOutput,
  type CardView,
} from './card.schema';
import { returns, type Declarations } from './declaration';

const staff = ['staff', 'admin'] as const;

export const cardApi = {
  'card.issue': { input: cardIssueInput, output: returns<CardIssueOutput>(), access: staff },
  'card.get': { input: cardGetInput, output: returns<CardView>(), access: 'identified' },
  'card.mine': { input: cardMineInput, output: returns<CardMineOutput>(), access: staff },
  'card.supplement': { input: cardSupplementInput, output: returns<CardView>(), access: staff },
  'card.resume': { input: cardResumeInput, output: returns<CardView>(), access: staff },
  'card.complete': { input: cardCompleteInput, output: returns<CardView>(), access: staff },
  'card.return': { input: cardReturnInput, output: returns<CardView>(), access: staff },
  'card.notifyMe': { input: cardNotifyMeInput, output: returns<CardNotifyMeOutput>(), access: 'identified' },
  'card.overdue': { input: cardOverdueInput, output: returns<CardOverdueOutput>(), access: staff },
  'card.settings': { input: cardSettingsInput, output: returns<CardSettings>(), access: staff },
  'card.setSettings': { input: cardSetSettingsInput, output: returns<CardSettings>(), access: ['admin'] },
} as const satisfies Declarations;
