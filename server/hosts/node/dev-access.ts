/**
 * Who may call dev.* on `npm start`. They hand out any demo identity, the office's admin
 * included, so they stay open only while nobody else can reach the host: listening on loopback
 * and advertised at a loopback address. Beyond that (HOST=0.0.0.0 for a phone on the Wi-Fi, a
 * PUBLIC_URL behind a tunnel or a proxy) they need the code printed at start, which the printed
 * links carry. DEV_ACTIONS overrides: `off` refuses them, `key` asks for the code on loopback too.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { CoreConfig } from '../../core/define-action';
import { newDevKey } from '../../security/dev-key';

export type DevAccess = NonNullable<CoreConfig['devAccess']>;

/** Whether an address or host name means this machine only (a name other than localhost may resolve anywhere). */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (isIPv4(h)) return h.startsWith('127.');
  if (isIPv6(h)) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}

function urlIsLoopback(url: string): boolean {
  try {
    return isLoopback(new URL(url).hostname);
  } catch {
    return false; // unreadable: assume it is meant for others
  }
}

export interface DevAccessSettings {
  /** What the host listens on (HOST). */
  host: string;
  /** Where its links point (PUBLIC_URL, or the loopback default). */
  publicBaseUrl: string;
  /** DEV_ACTIONS: unset or `auto`, `key`, `off`. */
  devActions?: string;
}

export function devAccessFor(s: DevAccessSettings, newKey: () => string = newDevKey): DevAccess {
  const mode = (s.devActions ?? '').trim().toLowerCase() || 'auto';
  if (mode === 'off') return 'off';
  if (mode !== 'auto' && mode !== 'key')
    throw new Error(`DEV_ACTIONS must be auto, key or off (got "${s.devActions}")`);
  const thisMachineOnly = isLoopback(s.host) && urlIsLoopback(s.publicBaseUrl);
  return mode === 'auto' && thisMachineOnly ? 'open' : { key: newKey() };
}
