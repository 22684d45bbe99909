/**
 * Guards shared by every instance of a deployment: counters behind the rate limits, and leases
 * that keep a job (the sweep) to one instance at a time. Both live in the store, so they hold
 * across the Node hosts behind one proxy and across cloud function instances.
 */
export interface RateStore {
  /** Adds one to the counter of `key` in the window starting at `windowStart`; returns the new count. */
  hit(key: string, windowStart: Date): Promise<number>;
  /** Forgets windows that started before `before`; returns how many. */
  purge(before: Date): Promise<number>;
}

export interface JobLocks {
  /**
   * Runs `fn` if no other instance is running the job `name`, and returns its result; returns
   * `null` without running it otherwise. `ttlMs` bounds how long a crashed holder blocks others
   * where the lock is a lease (CloudBase); PostgreSQL releases it with the holder's session.
   */
  exclusive<T>(name: string, ttlMs: number, fn: () => Promise<T>): Promise<T | null>;
}
