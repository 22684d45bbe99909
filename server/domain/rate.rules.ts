/**
 * Rate limits on what a resident can submit. Per identity, so one phone cannot flood the
 * office; per IP address, because a browser can mint new device identities (auth.guest) at
 * will. A service hall's public Wi-Fi puts many residents behind one address, so the per-IP
 * limits are generous. Fixed windows: simple, shared through the store by every instance.
 */
export interface RateLimit {
  per: 'subject' | 'ip';
  max: number;
  windowS: number;
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
  upload: [
    { per: 'subject', max: 30, windowS: HOUR },
    { per: 'ip', max: 300, windowS: HOUR },
  ],
  // Spreadsheets to import: a few a day is normal; each costs up to 5 MB of disk until imported.
  'upload.sheet': [{ per: 'subject', max: 60, windowS: HOUR }],
  'auth.guest': [{ per: 'ip', max: 120, windowS: HOUR }],
  // Each call costs a request to WeChat; a hall's Wi-Fi may carry many honest logins.
  'auth.wxLogin': [{ per: 'ip', max: 300, windowS: HOUR }],
  // Password guessing: per 工号 in the action itself (10 an hour); per address generous enough
  // for a whole office behind one NAT signing in each morning.
  'auth.staffLogin': [{ per: 'ip', max: 300, windowS: HOUR }],
  'auth.setPassword': [{ per: 'ip', max: 60, windowS: HOUR }],
  // Bind codes are 8 characters of 31: guessing is hopeless, and this keeps it so.
  'auth.bind': [{ per: 'subject', max: 10, windowS: HOUR }],
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
