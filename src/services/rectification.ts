import type {
  RectificationCreateInput,
  RectificationDetail,
  RectificationListInput,
  RectificationListOutput,
} from '../../server/contract/rectification.schema';
import { call } from './call';

export const listRectifications = (input: RectificationListInput = {}): Promise<RectificationListOutput> =>
  call('rectification.list', input);
export const getRectification = (id: string): Promise<RectificationDetail> =>
  call('rectification.get', { rectificationId: id });
export const createRectification = (input: RectificationCreateInput, requestId: string): Promise<RectificationDetail> =>
  call('rectification.create', input, requestId);
export const reportRectification = (
  id: string,
  text: string,
  done: boolean,
  requestId: string,
): Promise<RectificationDetail> => call('rectification.report', { rectificationId: id, text, done }, requestId);
export const verifyRectification = (
  id: string,
  accept: boolean,
  comment: string,
  requestId: string,
): Promise<RectificationDetail> =>
  call('rectification.verify', { rectificationId: id, accept, ...(comment ? { comment } : {}) }, requestId);
