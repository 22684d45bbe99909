/** The organisation as the domain speaks of it: departments, windows (AB岗), staff, matters. */
import type { MatterType } from '../contract/card.schema';
import type { LeavePeriod } from '../contract/org.schema';

export interface Department {
  id: string;
  name: string;
  headStaffId: string | null;
  supervisionPhone: string;
}

export interface Window {
  id: string;
  name: string;
  departmentId: string;
  /** A-post holder and B-post backup (AB岗). */
  aStaffId: string | null;
  bStaffId: string | null;
}

export type StaffRole = 'staff' | 'admin';

export interface Staff {
  id: string;
  number: string;
  name: string;
  departmentId: string;
  role: StaffRole;
  backupStaffId: string | null;
  /** Periods (Asia/Shanghai dates, inclusive) the person is away. */
  leave: LeavePeriod[];
  /** The WeChat OPENID bound to this record, if any. Personal data: never in a response. */
  openid: string | null;
}

export interface Matter {
  id: string;
  departmentId: string;
  name: string;
  type: MatterType;
  promisedDays: number;
  notes: string;
}
