/** Local mode's demo tools: identities, the clock, the sweep (server/actions/dev; never in production). */
import { devKeyInput, devLoginInput, type DevIdentitiesOutput, type DevLoginOutput } from './auth.schema';
import { returns, type Declarations } from './declaration';
import { devClockInput, type DevClockOutput, type SweepRunOutput } from './message.schema';

export const devApi = {
  'dev.login': { input: devLoginInput, output: returns<DevLoginOutput>(), access: 'public' },
  'dev.identities': { input: devKeyInput, output: returns<DevIdentitiesOutput>(), access: 'public' },
  'dev.clock': { input: devClockInput, output: returns<DevClockOutput>(), access: 'public' },
  'sweep.run': { input: devKeyInput, output: returns<SweepRunOutput>(), access: 'public' },
} as const satisfies Declarations;
