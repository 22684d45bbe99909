/**
 * Rate limits on what a resident can submit. Per identity, so one phone cannot flood the
 * office; per IP address, because a browser can mint new device identities (auth.guest) at
 * will. A service hall's public Wi-Fi puts many residents behind one address, so the per-IP
 * limits are generous. Fixed windows: simple, shared through the store by every instance.
 *
 * A request spends its slot when it gets past validation and is given it back when the action
 * refuses it (an unknown card, a card rated already, a case not open to rating): what was refused
 * wrote nothing, and must not use up a resident's allowance. Where the refusals themselves are
 * what the limit bounds — guessing (passwords, bind codes), a call to WeChat made either way,
 * bytes received and checked — the limit says `countsRefused`. A request over a limit counts too.
 */
export interface RateLimit {
  per: 'subject' | 'ip';
  max: number;
  windowS: number;
  /** A request the action refuses keeps its slot (see above). */
  countsRefused?: true;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** By action name, and the uploads of core/binary.ts by their rateKey. */
export const RATE_LIMITS: Readonly<Record<string, readonly RateLimit[]>> = {
  'complaint.submit': [
    { per: 'subject', max: 5, windowS: HOUR },
    { per: 'subject', max: 20, windowS: DAY },
    { per: 'ip', max: 60, windowS: HOUR },
  ],
  'evaluation.submit': [
    { per: 'subject', max: 30, windowS: HOUR },
    { per: 'ip', max: 600, windowS: HOUR },
  ],
  'complaint.rate': [{ per: 'subject', max: 30, windowS: HOUR }],
  // The bytes are received and checked whether or not they are kept.
  upload: [
    { per: 'subject', max: 30, windowS: HOUR, countsRefused: true },
    { per: 'ip', max: 300, windowS: HOUR, countsRefused: true },
  ],
  // Spreadsheets to import: a few a day is normal; each costs up to 5 MB of disk until imported.
  'upload.sheet': [{ per: 'subject', max: 60, windowS: HOUR, countsRefused: true }],
  // A hall's Wi-Fi puts a whole morning's residents behind one address, and a browser resident
  // gets a fresh identity per device: minting must not refuse them. What minted identities could
  // do at scale — rate one window again and again — is limited where it happens (see
  // GUEST_WINDOW_RATINGS); cards take one evaluation each whoever holds the identity.
  'auth.guest': [{ per: 'ip', max: 1000, windowS: HOUR }],
  // Each call costs a request to WeChat; a hall's Wi-Fi may carry many honest logins.
  'auth.wxLogin': [{ per: 'ip', max: 300, windowS: HOUR, countsRefused: true }],
  // Every sign-in, right or wrong, per address: generous enough for a whole office behind one NAT
  // signing in each morning. Wrong passwords are throttled in the action itself (SIGN_IN).
  'auth.staffLogin': [{ per: 'ip', max: 300, windowS: HOUR, countsRefused: true }],
  // A wrong bind code is a guess: it counts.
  'auth.setPassword': [{ per: 'ip', max: 60, windowS: HOUR, countsRefused: true }],
  // Bind codes are 8 characters of 31: guessing is hopeless, and this keeps it so.
  'auth.bind': [{ per: 'subject', max: 10, windowS: HOUR, countsRefused: true }],
};

/** The start of the fixed window `at` falls in (windows are aligned to the epoch). */
export function windowStart(at: Date, windowS: number): Date {
  const ms = windowS * 1000;
  return new Date(Math.floor(at.getTime() / ms) * ms);
}

/** How many seconds until the window `at` falls in ends: the client's Retry-After. */
export function retryAfterS(at: Date, windowS: number): number {
  return Math.max(1, Math.ceil((windowStart(at, windowS).getTime() + windowS * 1000 - at.getTime()) / 1000));
}

/** "N 分钟" / "N 小时": the wait a RATE.LIMITED message names, from its Retry-After. */
export function waitText(retryAfterS: number): string {
  return retryAfterS >= 3600 ? `${Math.ceil(retryAfterS / 3600)} 小时` : `${Math.ceil(retryAfterS / 60)} 分钟`;
}

/**
 * Window ratings from browser (guest) identities, per address and window. A guest identity costs
 * nothing to mint, so one address could otherwise rate a window once per minted identity; a
 * WeChat identity costs a WeChat account and is left out. Every guest identity counts, not only
 * young ones: the token carries no age, and an age rule would only make a script wait a day
 * before using what it minted. 30 an hour is one rating every two minutes — more than one window
 * serves — and 100 a day more than the browser residents of one hall rate one window.
 */
export const GUEST_WINDOW_RATINGS: readonly Omit<RateLimit, 'per'>[] = [
  { max: 30, windowS: HOUR },
  { max: 100, windowS: DAY },
];

/** A counter of attempts under one key: how many, and when the last one was. */
export interface AttemptRecord {
  count: number;
  lastAt: Date;
}

/**
 * PC sign-in throttling. Wrong passwords are counted per (工号, address), per address and per
 * 工号, and slow an address down rather than lock an account: a stranger who guesses at the
 * admin's 工号 only makes their own address wait; the admin, signing in from an address without
 * failures, is let in at once (and told how many wrong passwords there were).
 */
export const SIGN_IN = {
  /** Wrong passwords one address may try on one 工号 before it has to wait. */
  freeAttempts: 5,
  /** The first wait, doubling with every further wrong password… */
  firstWaitS: 60,
  /** …up to this: four guesses an hour per (工号, address) at most. */
  maxWaitS: 15 * 60,
  /** A (工号, address) record without an attempt for this long starts afresh. */
  forgetS: DAY,
  /**
   * Wrong passwords per address per hour, whatever the 工号 (one address spraying many 工号s).
   * An office behind one NAT mistypes far fewer while 200 people sign in in the morning.
   */
  addressFailuresPerHour: 100,
  /**
   * Wrong passwords on one 工号 since its last sign-in (from anywhere) from which every address
   * that has failed on it also waits after each failure: many addresses guessing a few times
   * each. It never blocks an address without failures.
   */
  accountSlowFrom: 20,
  /** That wait: doubling every 20 more failures, capped small. */
  accountFirstWaitS: 60,
  accountMaxWaitS: 5 * 60,
} as const;

/** The attempts a (工号, address) record still counts (none once it is `forgetS` old). */
export function pairAttempts(pair: AttemptRecord | null, now: Date): number {
  if (!pair || now.getTime() - pair.lastAt.getTime() >= SIGN_IN.forgetS * 1000) return 0;
  return pair.count;
}

/** How long (seconds) after its last wrong password an address waits, given the counts. */
export function signInDelayS(pairCount: number, accountFailures: number): number {
  if (pairCount === 0) return 0; // an address without failures is never held up
  const own =
    pairCount < SIGN_IN.freeAttempts
      ? 0
      : Math.min(SIGN_IN.firstWaitS * 2 ** (pairCount - SIGN_IN.freeAttempts), SIGN_IN.maxWaitS);
  const steps = Math.floor((accountFailures - SIGN_IN.accountSlowFrom) / SIGN_IN.accountSlowFrom);
  const shared =
    accountFailures < SIGN_IN.accountSlowFrom
      ? 0
      : Math.min(SIGN_IN.accountFirstWaitS * 2 ** steps, SIGN_IN.accountMaxWaitS);
  return Math.max(own, shared);
}

/** Seconds until this (工号, address) may try again: 0 now. */
export function signInWaitS(pair: AttemptRecord | null, accountFailures: number, now: Date): number {
  const count = pairAttempts(pair, now);
  if (!pair || count === 0) return 0;
  const until = pair.lastAt.getTime() + signInDelayS(count, accountFailures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
