/** Figures, rankings, public results and the 评议报告 (server/actions/stats). */
import { returns, type Declarations } from './declaration';
import type { ExportOutput } from './export.schema';
import {
  publicResultsInput,
  statsCommentsInput,
  statsOverviewInput,
  statsPublicInput,
  statsRankingsInput,
  statsReportInput,
  statsTrendInput,
  type PublicResultsOutput,
  type StatsCommentsOutput,
  type StatsOverviewOutput,
  type StatsPublicOutput,
  type StatsRankingsOutput,
  type StatsReportOutput,
  type StatsTrendOutput,
} from './stats.schema';

export const statsApi = {
  'stats.overview': { input: statsOverviewInput, output: returns<StatsOverviewOutput>(), access: ['staff', 'admin'] },
  'stats.trend': { input: statsTrendInput, output: returns<StatsTrendOutput>(), access: ['staff', 'admin'] },
  'stats.rankings': { input: statsRankingsInput, output: returns<StatsRankingsOutput>(), access: ['staff', 'admin'] },
  'stats.comments': { input: statsCommentsInput, output: returns<StatsCommentsOutput>(), access: ['admin'] },
  'stats.public': { input: statsPublicInput, output: returns<StatsPublicOutput>(), access: 'public' },
  'stats.publish': { input: publicResultsInput, output: returns<PublicResultsOutput>(), access: ['admin'] },
  'stats.report': { input: statsReportInput, output: returns<StatsReportOutput>(), access: ['admin'] },
  'export.report': { input: statsReportInput, output: returns<ExportOutput>(), access: ['admin'] },
} as const satisfies Declarations;
