/** 整改: the office assigns, the department reports, the office verifies (server/actions/rectification). */
import { returns, type Declarations } from './declaration';
import {
  rectificationCreateInput,
  rectificationGetInput,
  rectificationListInput,
  rectificationReportInput,
  rectificationVerifyInput,
  type RectificationDetail,
  type RectificationListOutput,
} from './rectification.schema';

export const rectificationApi = {
  'rectification.create': {
    input: rectificationCreateInput,
    output: returns<RectificationDetail>(),
    access: ['admin'],
  },
  'rectification.list': {
    input: rectificationListInput,
    output: returns<RectificationListOutput>(),
    access: ['staff', 'admin'],
  },
  'rectification.get': {
    input: rectificationGetInput,
    output: returns<RectificationDetail>(),
    access: ['staff', 'admin'],
  },
  'rectification.report': {
    input: rectificationReportInput,
    output: returns<RectificationDetail>(),
    access: ['staff', 'admin'],
  },
  'rectification.verify': {
    input: rectificationVerifyInput,
    output: returns<RectificationDetail>(),
    access: ['admin'],
  },
} as const satisfies Declarations;
