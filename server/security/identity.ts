/**
 * Who is calling. A host turns its own credentials (OPENID in CloudBase, a bearer token over
 * HTTP) into a Principal; the core resolves the Principal to a Caller with a role.
 */
import { createHmac } from 'node:crypto';
import type { Role } from '../contract/auth.schema';
import type { Staff, Store } from '../ports/store';
import { errors } from '../core/errors';

export interface Principal {
  /** Stable identity: `wx:<openid>`, `guest:<random>` (a browser device) or `dev:<name>`. */
  subject: string;
  /** Set when the principal is a staff record (dev login, or an account bound to one). */
  staffId?: string;
  /**
   * PC sign-in (`staff:<id>`): when the password the session was opened with was set. A new
   * password ends every session opened with the old one.
   */
  credential?: number;
}

export interface Caller {
  role: Role;
  principal: Principal;
  staff: Staff | null;
  /** A configured bootstrap admin (ADMIN_OPENIDS) not yet bound to a staff record. */
  bootstrap?: true;
}

/**
 * A WeChat user is staff when their OPENID is bound to a staff record; otherwise a resident —
 * unless the OPENID is one of the configured bootstrap admins, who act as an admin without a
 * record (and as themselves once they bind one).
 */
export async function resolveCaller(
  principal: Principal,
  store: Store,
  adminOpenids: readonly string[] = [],
): Promise<Caller> {
  let staff: Staff | null = null;
  if (principal.subject.startsWith('staff:')) {
    const password = principal.staffId ? await store.passwords.get(principal.staffId) : null;
    if (!password || password.updatedAt.getTime() !== principal.credential) throw errors.badToken();
  }
  if (principal.staffId) staff = await store.org.staffById(principal.staffId);
  else if (principal.subject.startsWith('wx:')) {
    const openid = principal.subject.slice(3);
    staff = await store.org.staffByOpenid(openid);
    if (!staff && adminOpenids.includes(openid))
      return { role: 'admin', principal, staff: bootstrapAdmin(openid), bootstrap: true };
  }
  return { role: staff ? staff.role : 'resident', principal, staff };
}

/** The stand-in record of a bootstrap admin: never stored, in no department, with a stable id. */
export function bootstrapAdmin(openid: string): Staff {
  const id = `BOOT${createHmac('sha256', 'bootstrap-admin').update(openid).digest('hex').slice(0, 6).toUpperCase()}`;
  return {
    id,
    number: id,
    name: '初始管理员',
    departmentId: '',
    role: 'admin',
    backupStaffId: null,
    leave: [],
    openid: null,
  };
}

/**
 * Residents are anonymous to staff: only this keyed hash of their identity is stored. Without
 * the pepper (a server secret) nobody can test a guessed OPENID against the stored hashes.
 */
export function subjectHash(pepper: string, subject: string): string {
  return createHmac('sha256', pepper).update(`subject:${subject}`).digest('base64url').slice(0, 32);
}
