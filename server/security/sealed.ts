/**
 * Sealing for the little personal data that must be kept to reach a complainant (their OPENID,
 * for the "reply ready" subscribe message): AES-256-GCM under a key derived from the server's
 * IDENTITY_PEPPER. Staff responses never carry it; it is dropped when the case ends.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const keyOf = (pepper: string) => createHmac('sha256', pepper).update('seal-key:v1').digest();

export function seal(pepper: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(pepper), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** Null when the value was not sealed with this pepper (or was tampered with). */
export function unseal(pepper: string, sealed: string): string | null {
  if (!sealed.startsWith('v1.')) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(pepper), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
