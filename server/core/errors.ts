/**
 * One error type for the whole core. `code` is stable (it survives the JSON boundary where
 * `instanceof` does not); `message` is Chinese, for people; `status` is the HTTP status the
 * Node host answers with.
 */
export interface Issue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
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

export const errors = {
  malformed: () => new AppError('REQUEST.MALFORMED', '请求格式错误，请刷新后重试', 400),
  invalid: (issues: Issue[]) => new AppError('REQUEST.INVALID', '提交的内容不符合要求', 400, issues),
  unsupportedMedia: () => new AppError('REQUEST.UNSUPPORTED_MEDIA_TYPE', '请以 JSON 格式提交', 415),
  tooLarge: () => new AppError('REQUEST.TOO_LARGE', '提交的内容过大', 413),
  unknownAction: (action: string) => new AppError('ACTION.UNKNOWN', `不支持的操作：${action.slice(0, 40)}`, 404),
  keyReused: () =>
    new AppError('REQUEST.KEY_REUSED', '该请求编号已用于另一次不同的提交，请刷新后重试', 409),
  authRequired: () => new AppError('AUTH.REQUIRED', '请先登录或重新打开页面', 401),
  badToken: () => new AppError('AUTH.INVALID_TOKEN', '登录已失效，请重新打开页面', 401),
  forbidden: () => new AppError('AUTH.FORBIDDEN', '您没有权限进行此操作', 403),
  notFound: (code: string, what: string) => new AppError(code, `未找到${what}`, 404),
  internal: () => new AppError('INTERNAL', '系统繁忙，请稍后再试', 500),
};
