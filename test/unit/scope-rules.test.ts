import { departmentsHeadedBy, isHeadOf, maySeeDepartment, maySeeStaff } from '../../server/domain/scope.rules';
import { dept, dept2, head, staffA, staffB } from '../support/fixtures';

describe('who may see which scope (one rule for every page)', () => {
  const departments = [dept, { ...dept2, headStaffId: staffB.id }];
  const asHead = { staff: { ...staffB, role: 'staff' as const }, headOf: departmentsHeadedBy(departments, staffB.id) };
  const asStaff = { staff: staffA, headOf: departmentsHeadedBy(departments, staffA.id) };
  const asOffice = { staff: head, headOf: departmentsHeadedBy(departments, head.id) };

  it('finds the departments a person heads', () => {
    expect(asHead.headOf).toEqual([dept2.id]);
    expect(asStaff.headOf).toEqual([]);
    expect(isHeadOf(dept, head.id)).toBe(true);
    expect(isHeadOf(undefined, head.id)).toBe(false);
  });

  it('the office sees everyone; a head their department and themselves; anyone else only themselves', () => {
    const inDept2 = { id: 'STAFF00099', departmentId: dept2.id };
    expect(maySeeStaff(asOffice, staffA)).toBe(true);
    expect(maySeeStaff(asHead, inDept2)).toBe(true);
    expect(maySeeStaff(asHead, staffB)).toBe(true);
    expect(maySeeStaff(asHead, staffA)).toBe(false);
    expect(maySeeStaff(asStaff, staffA)).toBe(true);
    expect(maySeeStaff(asStaff, staffB)).toBe(false);
    expect([
      maySeeDepartment(asOffice, dept2.id),
      maySeeDepartment(asHead, dept2.id),
      maySeeDepartment(asHead, dept.id),
      maySeeDepartment(asStaff, dept.id),
    ]).toEqual([true, true, false, false]);
  });
});
