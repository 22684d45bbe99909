/**
 * Who may see which scope — one rule for statistics, records, exports, rectifications, the
 * assessment and the inbox: the office (admins) everything; a department head their departments
 * and the people in them; anyone else themselves (DOMAIN.md §5: staff see statistics of their
 * own, heads of their department).
 */
import type { Department, Staff } from './org.entities';

/** The departments a staff member heads (one head per department; one person may head several). */
export function departmentsHeadedBy(departments: Iterable<Department>, staffId: string): string[] {
  return [...departments].filter((d) => d.headStaffId === staffId).map((d) => d.id);
}

export interface Reader {
  staff: Staff;
  /** The departments they head. */
  headOf: string[];
}

export const isOffice = (reader: Reader) => reader.staff.role === 'admin';

/** May `reader` see what concerns this person (in their department)? */
export function maySeeStaff(reader: Reader, target: { id: string; departmentId: string }): boolean {
  return isOffice(reader) || target.id === reader.staff.id || reader.headOf.includes(target.departmentId);
}

/** May `reader` see what concerns this whole department? */
export function maySeeDepartment(reader: Reader, departmentId: string): boolean {
  return isOffice(reader) || reader.headOf.includes(departmentId);
}

/** Whether `staffId` heads this department (unknown department: no). */
export const isHeadOf = (department: Department | null | undefined, staffId: string) =>
  Boolean(department && department.headStaffId === staffId);
