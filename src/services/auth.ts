/** Who is calling: role, staff details, and whether the backend runs in local (demo) mode. */
import type { AuthMeOutput } from '../../server/contract/auth.schema';
import { call } from './call';
import { onTokenChange } from './token-store';

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

/** Admin: a one-time code a staff member binds their WeChat account with (shown once). */
export const issueBindCode = (staffId: string) => call('org.bindCode', { staffId });

/** In WeChat: bind this account to the staff record the code names. */
export const bindWithCode = (code: string) => call('auth.bind', { code });
