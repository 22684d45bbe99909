/**
 * Guards shared by every instance of a deployment: counters behind the rate limits, and leases
 * that keep a job (the sweep) to one instance at a time. Both live in the store, so they hold
 * across the Node hosts behind one proxy and across cloud function instances.
 */
export interface RateStore {
  /** Adds one to the counter of `key` in the window starting at `windowStart`; returns the new count. */
  hit(key: string, windowStart: Date): Promise<number>;
  /** Takes back one hit of `key` in that window (a request the action refused); never below 0. */
  release(key: string, windowStart: Date): Promise<void>;
  /** Forgets windows that started before `before`; returns how many. */
  purge(before: Date): Promise<number>;
  /**
   * Every counter above 0 with its count, keyed by counter and window as this store names them: two
   * snapshots are equal when no slot was spent in between ("a refused request cost nothing").
   * Bookkeeping, like the counters themselves: `Store.counts()` leaves them out.
   */
  snapshot(): Promise<Record<string, number>>;
}

export type { AttemptRecord } from '../domain/rate.rules';
import type { AttemptRecord } from '../domain/rate.rules';

/**
 * Counters of attempts by key that remember when the last one was and can be read without
 * counting, claimed only if unchanged since read, and taken back (PC sign-in: wrong passwords
 * per 工号 and address, forgotten on a correct one). Keys are keyed hashes, as rate keys are.
 */
export interface AttemptLedger {
  get(key: string): Promise<AttemptRecord | null>;
  /**
   * Sets the record of `key` to `next` attempts, the last at `at`, if its count is still `seen`
   * (0: there was no record); false when another request changed it first. This is what keeps
   * concurrent requests from all passing a check made on the same read.
   */
  claim(key: string, seen: number, next: number, at: Date): Promise<boolean>;
  /** Adds one attempt at `at`; returns the new count. */
  add(key: string, at: Date): Promise<number>;
  /** Forgets `key`; returns the count it had (0 without a record). */
  take(key: string): Promise<number>;
  /** Forgets records whose last attempt was before `before`; returns how many. */
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
