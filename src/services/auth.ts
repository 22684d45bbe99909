/** Who is calling: role, staff details, and whether the backend runs in local (demo) mode. */
import type { AuthMeOutput } from '../../server/contract/auth.schema';
import { call } from './call';
import { clearToken, onTokenChange, setToken } from './token-store';

let cached: Promise<AuthMeOutput> | null = null;
onTokenChange(() => {
  cached = null;
});

/** `auth.me`, cached until the identity changes (several pages ask on open). */
export function getMe(fresh = false): Promise<AuthMeOutput> {
  if (fresh || !cached) {
    cached = call('auth.me', {});
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

/** PC sign-in: 工号 and password; the staff session replaces the browser's guest identity. */
export async function staffLogin(number: string, password: string) {
  const out = await call('auth.staffLogin', { number, password });
  setToken(out.token);
  return out;
}

/** PC sign-in, first time: the bind code from the office sets the password, then signs in. */
export async function setPasswordAndLogin(code: string, password: string) {
  const { staff } = await call('auth.setPassword', { code, password });
  return staffLogin(staff.number, password);
}

/** Leaves the staff session; the next call is a fresh guest. */
export function signOut(): void {
  clearToken();
}
