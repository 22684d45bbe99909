import type { StatsOverviewInput, StatsOverviewOutput } from '../../server/contract/stats.schema';
import { call } from './call';

export const statsOverview = (input: StatsOverviewInput): Promise<StatsOverviewOutput> => call('stats.overview', input);
