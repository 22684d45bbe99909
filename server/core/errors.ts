/**
 * One error type for the whole core. `code` is stable (it survives the JSON boundary where
 * `instanceof` does not); `message` is Chinese, for people; `status` is the HTTP status the
 * Node host answers with.
 */
import { ERRORS, type ErrorArgs, type ErrorCode } from '../contract/errors';
import type { ErrorSpec } from '../contract/errors/define';

export interface Issue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly issues?: Issue[],
    /** Extra data the client may act on (e.g. the existing evaluation id); never personal data. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The error of the catalogue (contract/errors) with this code: its status and its message. */
export function fail<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): AppError {
  const spec: ErrorSpec = ERRORS[code];
  const message = typeof spec.message === 'function' ? spec.message(...(args as unknown[])) : spec.message;
  return new AppError(code, message, spec.status);
}

/** The same error with data the client may act on (a retry time, the existing evaluation). */
export const withDetails = (e: AppError, details: Record<string, unknown>) =>
  new AppError(e.code, e.message, e.status, e.issues, details);

/** The codes that mean "unknown id": the message names what, or says more (detail). */
type NotFoundCode = { [C in ErrorCode]: C extends `${string}.NOT_FOUND` ? C : never }[ErrorCode];

export const errors = {
  malformed: () => fail('REQUEST.MALFORMED'),
  invalid: (issues: Issue[]) => new AppError('REQUEST.INVALID', fail('REQUEST.INVALID').message, 400, issues),
  unsupportedMedia: () => fail('REQUEST.UNSUPPORTED_MEDIA_TYPE'),
  tooLarge: () => fail('REQUEST.TOO_LARGE'),
  unknownAction: (action: string) => fail('ACTION.UNKNOWN', action),
  keyReused: () => fail('REQUEST.KEY_REUSED'),
  authRequired: () => fail('AUTH.REQUIRED'),
  badToken: () => fail('AUTH.INVALID_TOKEN'),
  forbidden: () => fail('AUTH.FORBIDDEN'),
  /** An unknown id; `detail` replaces the catalogue's "该…" (e.g. "该监督卡，请核对二维码"). */
  notFound: (code: NotFoundCode, detail?: string) => {
    const spec: ErrorSpec = ERRORS[code];
    const message =
      typeof spec.message === 'function' ? spec.message(detail) : detail ? `未找到${detail}` : spec.message;
    return new AppError(code, message, spec.status);
  },
  internal: () => fail('INTERNAL'),
};
