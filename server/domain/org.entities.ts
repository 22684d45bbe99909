/** The organisation as the domain speaks of it: departments, windows (AB岗), staff, matters. */
import type { LeavePeriod, MatterView } from '../contract/org.schema';

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

/** A matter (办事事项) is exactly what the office manages and shows. */
export type Matter = MatterView;
