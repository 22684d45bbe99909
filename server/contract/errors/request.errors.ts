import { defineErrors } from './define';

/** The request itself: its shape, its size, its key, its rate — before any action's rules. */
export const REQUEST_ERRORS = defineErrors({
  'REQUEST.MALFORMED': {
    status: 400,
    message: '请求格式错误，请刷新后重试',
    when: 'the body is not JSON, or the envelope is not an object with an action',
  },
  'REQUEST.INVALID': {
    status: 400,
    message: (detail?: string) => detail ?? '提交的内容不符合要求',
    when: 'the payload fails its schema (`issues` lists `{path, message}`)',
  },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    status: 415,
    message: '请以 JSON 格式提交',
    when: 'the body is not `application/json`',
  },
  'REQUEST.TOO_LARGE': { status: 413, message: '提交的内容过大', when: 'the body is over 64 KB' },
  'REQUEST.KEY_REUSED': {
    status: 409,
    message: '该请求编号已用于另一次不同的提交，请刷新后重试',
    when: 'a requestId already used for a different payload',
  },
  'RATE.LIMITED': {
    status: 429,
    message: (wait: string, what: 'submissions' | 'password' | 'login' = 'submissions') =>
      what === 'password'
        ? `密码错误次数过多，请 ${wait}后再试`
        : what === 'login'
          ? `登录过于频繁，请 ${wait}后再试`
          : `提交过于频繁，请 ${wait}后再试`,
    when: 'too many submissions from one identity or address in the window, or too many wrong passwords from one address (see `server/domain/rate.rules.ts`); `retryAfter` (seconds) and the `Retry-After` header say when to come back',
  },
  'ACTION.UNKNOWN': {
    status: 404,
    message: (action: string) => `不支持的操作：${action.slice(0, 40)}`,
    when: 'no such action (dev.* outside local mode)',
  },
  'SERVICE.UNAVAILABLE': {
    status: 503,
    message: '系统正在恢复，请稍后再试',
    when: 'the database is away (restarting, failing over); `retryAfter` and `Retry-After` say when to try again, and a retry with the same requestId is answered once',
  },
  INTERNAL: {
    status: 500,
    message: '系统繁忙，请稍后再试',
    when: 'anything unexpected (logged, never detailed in the response)',
  },
});
