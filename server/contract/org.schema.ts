import { z } from 'zod';
import type { MatterType } from './card.schema';

export const orgListInput = z.object({}).strict();

export interface LeavePeriod {
  from: string;
  to: string;
}
export interface DepartmentView {
  id: string;
  name: string;
  headStaffId: string | null;
  supervisionPhone: string;
}
export interface WindowOrgView {
  id: string;
  name: string;
  departmentId: string;
  aStaffId: string | null;
  bStaffId: string | null;
}
export interface StaffOrgView {
  id: string;
  number: string;
  name: string;
  departmentId: string;
  role: 'staff' | 'admin';
  backupStaffId: string | null;
  leave: LeavePeriod[];
  bound: boolean;
}
export interface MatterView {
  id: string;
  departmentId: string;
  name: string;
  type: MatterType;
  promisedDays: number;
  notes: string;
}
export interface OrgListOutput {
  departments: DepartmentView[];
  windows: WindowOrgView[];
  staff: StaffOrgView[];
  matters: MatterView[];
}

export const orgMattersInput = z.object({}).strict();
export interface OrgMattersOutput {
  matters: MatterView[];
  /** The windows of the caller's department, to pick where a card is issued. */
  windows: { id: string; name: string }[];
  defaultSupervisionPhone: string;
}

/** The departments a resident can complain about (home page 我要投诉). */
export interface OrgDepartmentsOutput {
  departments: { id: string; name: string; supervisionPhone: string }[];
}

/** Colleagues a case can be transferred to: name, number, department; nothing personal. */
export interface OrgStaffDirectoryOutput {
  staff: { id: string; name: string; number: string; departmentId: string; departmentName: string }[];
}
