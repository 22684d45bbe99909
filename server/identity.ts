/**
 * Who is calling. A host turns its own credentials (OPENID in CloudBase, a bearer token over
 * HTTP) into a Principal; the core resolves the Principal to a Caller with a role.
 */
import { createHmac } from 'node:crypto';
import type { Role } from './contract/auth.schema';
import type { Staff, Store } from './ports/store';

export interface Principal {
  /** Stable identity: `wx:<openid>`, `guest:<random>` (a browser device) or `dev:<name>`. */
  subject: string;
  /** Set when the principal is a staff record (dev login, or an account bound to one). */
  staffId?: string;
}

export interface Caller {
  role: Role;
  principal: Principal;
  staff: Staff | null;
}

/** A WeChat user is staff when their OPENID is bound to a staff record; otherwise a resident. */
export async function resolveCaller(principal: Principal, store: Store): Promise<Caller> {
  let staff: Staff | null = null;
  if (principal.staffId) staff = await store.org.staffById(principal.staffId);
  else if (principal.subject.startsWith('wx:')) staff = await store.org.staffByOpenid(principal.subject.slice(3));
  return { role: staff ? staff.role : 'resident', principal, staff };
}

/**
 * Residents are anonymous to staff: only this keyed hash of their identity is stored. Without
 * the pepper (a server secret) nobody can test a guessed OPENID against the stored hashes.
 */
export function subjectHash(pepper: string, subject: string): string {
  return createHmac('sha256', pepper).update(`subject:${subject}`).digest('base64url').slice(0, 32);
}
