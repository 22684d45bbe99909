/**
 * The local host's dev key: when `npm start` can be reached from other machines, the dev.*
 * actions (any identity, the clock) answer only to whoever holds the code printed at start.
 * A fresh code each start, never stored: after a restart the old code opens nothing (tokens
 * dev.login handed out earlier stay valid for their 30 days — they are ordinary tokens).
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from './bind-codes';

/** 8 characters of 31 without look-alikes (as bind codes): ~40 bits, from the CSPRNG. */
export function newDevKey(): string {
  let key = '';
  for (let i = 0; i < 8; i++) key += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return key;
}

/**
 * Constant time over the digests, so neither the position of the first wrong character nor the
 * given code's length shows in the timing.
 */
export function devKeyMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(`dev-key:${s}`).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
