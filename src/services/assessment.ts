import type {
  AccountabilityListOutput,
  AccountabilityRecordInput,
  AccountabilityView,
} from '../../server/contract/accountability.schema';
import type { AssessmentComputeOutput, AssessmentScoreInput } from '../../server/contract/assessment.schema';
import { call } from './call';

export const computeAssessment = (year: number, departmentId?: string): Promise<AssessmentComputeOutput> =>
  call('assessment.compute', { year, ...(departmentId ? { departmentId } : {}) });
export const scoreAssessment = (input: AssessmentScoreInput, requestId: string) =>
  call('assessment.score', input, requestId);
export const listAccountability = (year: number): Promise<AccountabilityListOutput> =>
  call('accountability.list', { year });
export const recordAccountability = (
  input: AccountabilityRecordInput,
  requestId: string,
): Promise<AccountabilityView> => call('accountability.record', input, requestId);
export const importAssessment = (year: number, fileId: string) => call('assessment.import', { year, fileId });
