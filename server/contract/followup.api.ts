/** 差评回访 and 申诉复核 (server/actions/followup). */
import { returns, type Declarations } from './declaration';
import {
  appealDecideInput,
  appealListInput,
  appealSubmitInput,
  followupGetInput,
  followupInboxInput,
  followupRateInput,
  followupRecordInput,
  type AppealListOutput,
  type AppealView,
  type FollowupDetail,
  type FollowupInboxOutput,
  type FollowupRevealOutput,
  type MyFollowup,
} from './followup.schema';

export const followupApi = {
  'followup.inbox': { input: followupInboxInput, output: returns<FollowupInboxOutput>(), access: ['staff', 'admin'] },
  'followup.get': { input: followupGetInput, output: returns<FollowupDetail>(), access: ['staff', 'admin'] },
  'followup.record': { input: followupRecordInput, output: returns<FollowupDetail>(), access: ['staff', 'admin'] },
  'followup.revealPhone': {
    input: followupGetInput,
    output: returns<FollowupRevealOutput>(),
    access: ['staff', 'admin'],
  },
  'followup.rate': { input: followupRateInput, output: returns<MyFollowup>(), access: 'identified' },
  'appeal.submit': { input: appealSubmitInput, output: returns<AppealView>(), access: ['staff', 'admin'] },
  'appeal.decide': { input: appealDecideInput, output: returns<AppealView>(), access: ['admin'] },
  'appeal.list': { input: appealListInput, output: returns<AppealListOutput>(), access: ['staff', 'admin'] },
} as const satisfies Declarations;
