/** Local mode only: the demo identity switcher and the clock controls; every dev.* call carries the dev key. */
import type { DevIdentitiesOutput, DevLoginInput, DevLoginOutput } from '../../server/contract/auth.schema';
import type { DevClockOutput, SweepRunOutput } from '../../server/contract/message.schema';
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

/** Moves the server clock on, to watch a 7-day cycle in a minute. */
export function advanceClock(hours: number): Promise<DevClockOutput> {
  return call('dev.clock', { advanceHours: hours, devKey: devKey() });
}

/** Runs the deadline sweep now. */
export function runSweep(): Promise<SweepRunOutput> {
  return call('sweep.run', { devKey: devKey() });
}
