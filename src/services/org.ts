import type { OrgListOutput, OrgMattersOutput } from '../../server/contract/org.schema';
import { call } from './call';

/** The whole organisation (admin): departments, windows, staff, matters. */
export function listOrg(): Promise<OrgListOutput> {
  return call('org.list', {});
}

/** The caller's department's matters and windows, for the issue form. */
export function listMatters(): Promise<OrgMattersOutput> {
  return call('org.matters', {});
}
