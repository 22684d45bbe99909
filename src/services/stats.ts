import type {
  StatsOverviewInput,
  StatsOverviewOutput,
  StatsReportOutput,
  StatsTrendInput,
  StatsTrendOutput,
} from '../../server/contract/stats.schema';
import { call } from './call';

export const statsOverview = (input: StatsOverviewInput): Promise<StatsOverviewOutput> => call('stats.overview', input);

export const publicResults = (month?: string) => call('stats.public', month ? { month } : {});
export const setPublicResults = (enabled: boolean) => call('stats.publish', { enabled });

export const statsRankings = (input: {
  from: string;
  to: string;
  by: 'department' | 'window' | 'staff';
  departmentId?: string;
}) => call('stats.rankings', input);

export const statsTrend = (input: StatsTrendInput): Promise<StatsTrendOutput> => call('stats.trend', input);

export const statsReport = (from: string, to: string): Promise<StatsReportOutput> => call('stats.report', { from, to });
export const statsComments = (input: { from: string; to: string; departmentId?: string }) =>
  call('stats.comments', input);
