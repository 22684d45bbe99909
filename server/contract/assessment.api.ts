/** 考核: scores, the computed table, the sheet in and out (server/actions/assessment). */
import {
  assessmentComputeInput,
  assessmentImportInput,
  assessmentScoreInput,
  type AssessmentComputeOutput,
  type AssessmentImportOutput,
  type AssessmentScoreOutput,
} from './assessment.schema';
import { returns, type Declarations } from './declaration';
import type { ExportOutput } from './export.schema';

export const assessmentApi = {
  'assessment.score': {
    input: assessmentScoreInput,
    output: returns<AssessmentScoreOutput>(),
    access: ['staff', 'admin'],
  },
  'assessment.compute': {
    input: assessmentComputeInput,
    output: returns<AssessmentComputeOutput>(),
    access: ['staff', 'admin'],
  },
  'assessment.import': {
    input: assessmentImportInput,
    output: returns<AssessmentImportOutput>(),
    access: ['staff', 'admin'],
  },
  'export.assessment': { input: assessmentComputeInput, output: returns<ExportOutput>(), access: ['staff', 'admin'] },
} as const satisfies Declarations;
