import type {
  OrgListOutput,
  OrgMattersOutput,
  OrgSaveDepartmentInput,
  OrgSaveMatterInput,
  OrgSaveStaffInput,
  OrgSaveWindowInput,
} from '../../server/contract/org.schema';
import { call } from './call';

/** The whole organisation (admin): departments, windows, staff, matters. */
export function listOrg(): Promise<OrgListOutput> {
  return call('org.list', {});
}

/** The caller's department's matters and windows, for the issue form. */
export function listMatters(): Promise<OrgMattersOutput> {
  return call('org.matters', {});
}

export const saveDepartment = (input: OrgSaveDepartmentInput, requestId: string) =>
  call('org.saveDepartment', input, requestId);
export const saveWindow = (input: OrgSaveWindowInput, requestId: string) => call('org.saveWindow', input, requestId);
export const saveStaff = (input: OrgSaveStaffInput, requestId: string) => call('org.saveStaff', input, requestId);
export const saveMatter = (input: OrgSaveMatterInput, requestId: string) => call('org.saveMatter', input, requestId);
export const importOrg = (fileId: string) => call('org.import', { fileId });
