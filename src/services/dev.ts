/** Local mode only: the demo identity switcher. */
import type { DevIdentitiesOutput, DevLoginInput, DevLoginOutput } from '../../server/contract/auth.schema';
import { call } from './call';
import { devKey } from './dev-key';
import { setToken } from './token-store';

export { rememberDevKey } from './dev-key';

export function listIdentities(): Promise<DevIdentitiesOutput> {
  return call('dev.identities', { devKey: devKey() });
}

/** Logs in as a demo identity and keeps its token for every later call. */
export async function loginAs(identity: Omit<DevLoginInput, 'devKey'>): Promise<DevLoginOutput> {
  const out = await call('dev.login', { ...identity, devKey: devKey() });
  setToken(out.token);
  return out;
}
