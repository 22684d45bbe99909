/** 责任追究 (server/actions/accountability). */
import {
  accountabilityListInput,
  accountabilityRecordInput,
  type AccountabilityListOutput,
  type AccountabilityView,
} from './accountability.schema';
import { returns, type Declarations } from './declaration';

export const accountabilityApi = {
  'accountability.record': {
    input: accountabilityRecordInput,
    output: returns<AccountabilityView>(),
    access: ['admin'],
  },
  'accountability.list': {
    input: accountabilityListInput,
    output: returns<AccountabilityListOutput>(),
    access: ['staff', 'admin'],
  },
} as const satisfies Declarations;
