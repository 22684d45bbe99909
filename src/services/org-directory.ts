import type { OrgDepartmentsOutput, OrgStaffDirectoryOutput } from '../../server/contract/org.schema';
import { call } from './call';

export const listDepartments = (): Promise<OrgDepartmentsOutput> => call('org.departments', {});
export const staffDirectory = (): Promise<OrgStaffDirectoryOutput> => call('org.staffDirectory', {});
