import type { MessageListOutput } from '../../server/contract/message.schema';
import { call } from './call';
import { devKey } from './dev-key';

export const myMessages = (): Promise<MessageListOutput> => call('message.list', { limit: 50 });

/** Local mode only: move the server clock on and run the sweep, to watch a 7-day cycle in a minute. */
export const advanceClock = (hours: number) => call('dev.clock', { advanceHours: hours, devKey: devKey() });
export const runSweep = () => call('sweep.run', { devKey: devKey() });
