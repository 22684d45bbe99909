/** Excel exports of evaluations, complaints and rankings, and any export's progress (server/actions/export). */
import { returns, type Declarations } from './declaration';
import { exportPeriodInput, exportRankingsInput, exportStatusInput, type ExportOutput } from './export.schema';

export const exportApi = {
  'export.evaluations': { input: exportPeriodInput, output: returns<ExportOutput>(), access: ['admin'] },
  'export.complaints': { input: exportPeriodInput, output: returns<ExportOutput>(), access: ['staff', 'admin'] },
  'export.rankings': { input: exportRankingsInput, output: returns<ExportOutput>(), access: ['staff', 'admin'] },
  'export.status': { input: exportStatusInput, output: returns<ExportOutput>(), access: ['staff', 'admin'] },
} as const satisfies Declarations;
