/**
 * What the CloudBase database does when it is briefly unwell, made into answers a client can act
 * on. A transaction that collides with another (DATABASE_TRANSACTION_CONFLICT) is run again, as
 * CloudBase's own guidance says, a few times with a growing pause; a timeout, a failed or
 * vanished transaction, or a request quota hit becomes 503 SERVICE.UNAVAILABLE with Retry-After —
 * the same answer the SQL stores give when PostgreSQL is away — instead of a 500. Transactions are
 * all-or-nothing, so a failed one has written nothing, and a retry of the request (same
 * requestId) is answered once by the actions' own idempotency.
 */
import { fail, withDetails } from '../../core/errors';
import type { CloudDb, CloudError } from './cloud-db';

const RETRY_AFTER_S = 2;
const CONFLICT_ATTEMPTS = 4;

/** CloudBase's string codes for a database that failed this request but may serve the next. */
const TRANSIENT_CODES = new Set([
  'DATABASE_TRANSACTION_CONFLICT',
  'DATABASE_TRANSACTION_FAIL',
  'DATABASE_REQUEST_FAILED',
  'DATABASE_TIMEOUT',
  'ESOCKETTIMEDOUT',
  'ETIMEDOUT',
  'ECONNRESET',
]);
/** wx-server-sdk's resource errors: system error, server timeout, request and concurrency quotas. */
const TRANSIENT_ERRCODES = new Set([-501001, -501002, -501003, -501004]);
const TRANSIENT_TEXT = /timed? ?out|ECONNRESET|socket hang up|TransactionNotExist|TransactionConflict/i;

type Fault = CloudError & { code?: string };

export const isConflict = (err: unknown) => (err as Fault | null)?.code === 'DATABASE_TRANSACTION_CONFLICT';

export function isTransient(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as Fault;
  return (
    (e.code !== undefined && TRANSIENT_CODES.has(e.code)) ||
    (e.errCode !== undefined && TRANSIENT_ERRCODES.has(e.errCode)) ||
    TRANSIENT_TEXT.test(e.errMsg ?? e.message ?? '')
  );
}

const unavailable = () => withDetails(fail('SERVICE.UNAVAILABLE'), { retryAfter: RETRY_AFTER_S });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every promise the database API answers, with transient failures turned into 503. */
function guard<T>(value: T): T {
  if (value instanceof Promise)
    return value.catch((err) => Promise.reject(isTransient(err) ? unavailable() : err)) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) => guard((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (value && typeof value === 'object') return wrap(value as object) as T;
  return value;
}

function wrap<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const v = Reflect.get(obj, key, receiver);
      return typeof v === 'function' ? (...args: unknown[]) => guard(v.apply(obj, args)) : v;
    },
  });
}

/** The database as the store uses it: conflicts retried, transient failures answered 503. */
export function resilientDb(db: CloudDb): CloudDb {
  return {
    collection: (name) => wrap(db.collection(name)),
    command: db.command,
    createCollection: (name) => guard(db.createCollection(name)),
    async runTransaction(fn) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.runTransaction(fn);
        } catch (err) {
          if (isConflict(err) && attempt < CONFLICT_ATTEMPTS) {
            await pause(20 * 2 ** attempt);
            continue;
          }
          throw isTransient(err) ? unavailable() : err;
        }
      }
    },
  };
}
