/** Local mode only: the demo identity switcher. */
import type { DevIdentitiesOutput, DevLoginInput, DevLoginOutput } from '../../server/contract/auth.schema';
import { call } from './call';
import { setToken } from './token-store';

export function listIdentities(): Promise<DevIdentitiesOutput> {
  return call('dev.identities', {});
}

/** Logs in as a demo identity and keeps its token for every later call. */
export async function loginAs(identity: DevLoginInput): Promise<DevLoginOutput> {
  const out = await call('dev.login', identity);
  setToken(out.token);
  return out;
}
