/** A failed call as the UI sees it: a stable `code` to branch on, a Chinese `message` to show. */
import type { ErrorCode } from '../../server/contract/errors';

/** The codes a page may branch on: the server's catalogue, and the client's own failures. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'CLIENT' | 'PHOTO.FAILED' | 'SHEET.FAILED' | `HTTP.${number}`;

export interface Issue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** Extra fields the server put on the error (e.g. the existing evaluationId). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never got an answer: show a retry, the same requestId makes the retry safe. */
export const NETWORK = 'NETWORK';

export function networkError(): ApiError {
  return new ApiError(NETWORK, '网络连接失败，请检查网络后重试');
}

export function isApiError(err: unknown, code?: ClientErrorCode): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}

/** What to tell the person about any thrown value. */
export function messageOf(err: unknown): string {
  // A refused field says what is wrong with it ("请填写 11 位手机号码"), not only that something is.
  if (err instanceof ApiError)
    return err.code === 'REQUEST.INVALID' && err.issues[0] ? err.issues[0].message : err.message;
  return '系统繁忙，请稍后再试';
}
