/** Ids from the operating system's randomness. */
import { randomBytes } from 'node:crypto';
import type { Ids } from '../../ports/ids';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** 20 base62 chars ≈ 119 bits: short enough for a scene (≤ 32), far too many to guess. */
export const randomIds: Ids = {
  next(length = 20) {
    let out = '';
    while (out.length < length) {
      for (const byte of randomBytes(length * 2)) {
        // Rejection sampling keeps every character equally likely (248 = 4 × 62).
        if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
      }
    }
    return out;
  },
};
