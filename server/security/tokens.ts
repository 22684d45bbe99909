/**
 * Signed session tokens for the HTTP host: `v1.<payload>.<mac>` with an HMAC-SHA256 over the
 * payload. Stateless, so any instance can verify; expiry is inside the payload.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from './identity';

interface TokenPayload extends Principal {
  exp: number;
}

const b64 = (s: string) => Buffer.from(s).toString('base64url');

export interface Tokens {
  sign(principal: Principal, ttlSeconds: number, now: Date): string;
  verify(token: string, now: Date): Principal | null;
  /** A short-lived signature for a link (e.g. a photo URL an <image> tag can load without headers). */
  signLink(resource: string, ttlSeconds: number, now: Date): { e: number; s: string };
  verifyLink(resource: string, e: number, s: string, now: Date): boolean;
}

export function createTokens(secret: string): Tokens {
  const mac = (data: string) => createHmac('sha256', secret).update(data).digest('base64url');
  // Domain-separated from session tokens: a link signature can never pass as a token.
  const linkMac = (resource: string, e: number) => mac(`link\n${resource}\n${e}`);
  return {
    signLink(resource, ttlSeconds, now) {
      const e = Math.floor(now.getTime() / 1000) + ttlSeconds;
      return { e, s: linkMac(resource, e) };
    },
    verifyLink(resource, e, s, now) {
      if (!Number.isInteger(e) || e * 1000 < now.getTime()) return false;
      const expected = Buffer.from(linkMac(resource, e));
      const given = Buffer.from(s);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    sign(principal, ttlSeconds, now) {
      const payload: TokenPayload = { ...principal, exp: Math.floor(now.getTime() / 1000) + ttlSeconds };
      const body = b64(JSON.stringify(payload));
      return `v1.${body}.${mac(body)}`;
    },
    verify(token, now) {
      const [version, body, sig] = token.split('.');
      if (version !== 'v1' || !body || !sig) return null;
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as TokenPayload;
        if (typeof payload.exp !== 'number' || payload.exp * 1000 < now.getTime()) return null;
        if (typeof payload.subject !== 'string') return null;
        const { exp: _exp, ...principal } = payload;
        return principal;
      } catch {
        return null;
      }
    },
  };
}
