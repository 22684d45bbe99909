/**
 * Who is told what about a rectification item (domain/rectification.recipients.ts), as a table:
 * the owner is whom the office chose, even the person the source complaint is about; those who
 * verify or supervise the item never include that person, as with the case itself.
 */
import { rectOwners, rectStaffToTell, type RectItem } from '../../server/domain/rectification.recipients';
import type { CaseOrg } from '../../server/domain/complaint.recipients';
import type { NoticeKind } from '../../server/domain/complaint.entities';
import type { Department, Staff } from '../../server/domain/org.entities';

const person = (id: string, role: Staff['role'] = 'staff'): Staff => ({
  id,
  number: id,
  name: id,
  departmentId: 'D1',
  role,
  backupStaffId: null,
  leave: [],
  openid: null,
});
function orgOf(staff: Staff[], headStaffId: string | null): CaseOrg {
  const dept: Department = { id: 'D1', name: '科室', headStaffId, supervisionPhone: '' };
  return { staff: new Map(staff.map((s) => [s.id, s])), departments: new Map([[dept.id, dept]]) };
}

// W and B work in D1, H heads it, A1 and A2 are the office.
const org = orgOf([person('W'), person('B'), person('H'), person('A1', 'admin'), person('A2', 'admin')], 'H');
const item = (ownerStaffId: string | null, aboutStaffId: string | null = null): RectItem => ({
  ownerStaffId,
  ownerDepartmentId: 'D1',
  aboutStaffId,
});
const ids = (kind: NoticeKind, r: RectItem, o: CaseOrg = org) =>
  rectStaffToTell(kind, o, r).map((t) => `${t.staffId}:${t.role}`);

const KINDS: NoticeKind[] = [
  'rect.assigned',
  'rect.dueDay',
  'rect.overdue',
  'rect.submitted',
  'rect.returned',
  'rect.verified',
];

describe('rectOwners', () => {
  it('is the named owner, else the department head, else no one', () => {
    expect(rectOwners(org, item('W'))).toEqual(['W']);
    expect(rectOwners(org, item(null))).toEqual(['H']);
    expect(rectOwners(orgOf([person('W')], null), item(null))).toEqual([]);
  });
});

describe('rectStaffToTell', () => {
  it.each([
    // kind, owner, about, expected
    ['rect.assigned', 'W', null, ['W:owner']],
    ['rect.assigned', null, null, ['H:owner']],
    ['rect.dueDay', 'B', null, ['B:owner']],
    ['rect.returned', 'W', null, ['W:owner']],
    ['rect.verified', null, null, ['H:owner']],
    ['rect.submitted', 'W', null, ['A1:supervisor', 'A2:supervisor']],
    ['rect.overdue', 'W', null, ['W:owner', 'H:supervisor', 'A1:supervisor', 'A2:supervisor']],
    // The head owns it: told once, as owner.
    ['rect.overdue', null, null, ['H:owner', 'A1:supervisor', 'A2:supervisor']],
    ['rect.overdue', 'A1', null, ['A1:owner', 'H:supervisor', 'A2:supervisor']],
    // From a complaint: the owner the office chose is told, even the person complained about…
    ['rect.assigned', 'W', 'W', ['W:owner']],
    ['rect.assigned', null, 'H', ['H:owner']],
    ['rect.overdue', 'W', 'W', ['W:owner', 'H:supervisor', 'A1:supervisor', 'A2:supervisor']],
    // …but never as one who verifies or supervises it.
    ['rect.overdue', 'W', 'H', ['W:owner', 'A1:supervisor', 'A2:supervisor']],
    ['rect.overdue', 'W', 'A1', ['W:owner', 'H:supervisor', 'A2:supervisor']],
    ['rect.submitted', 'W', 'A2', ['A1:supervisor']],
    ['rect.submitted', 'A1', 'A1', ['A2:supervisor']],
    ['case.new', 'W', null, []],
  ] as const)('%s owned by %s, from a complaint about %s → %j', (kind, owner, about, expected) => {
    expect(ids(kind, item(owner, about))).toEqual(expected);
  });

  it('names the person complained about only as the owner the office chose, whoever they are', () => {
    for (const about of ['W', 'B', 'H', 'A1', 'A2']) {
      for (const owner of [null, 'W', 'B', 'H', 'A1', 'A2']) {
        for (const kind of KINDS) {
          const told = rectStaffToTell(kind, org, item(owner, about)).filter((t) => t.staffId === about);
          const chosen = (owner ?? 'H') === about && kind !== 'rect.submitted';
          expect({ kind, owner, about, told }).toEqual({
            kind,
            owner,
            about,
            told: chosen ? [{ staffId: about, role: 'owner' }] : [],
          });
        }
      }
    }
  });

  it('tells no one twice, and an item without an owner only its supervisors', () => {
    const noHead = orgOf([person('W'), person('A1', 'admin')], null);
    expect(ids('rect.assigned', item(null), noHead)).toEqual([]);
    expect(ids('rect.overdue', item(null), noHead)).toEqual(['A1:supervisor']);
    for (const kind of KINDS) {
      for (const owner of [null, 'W', 'H', 'A1']) {
        const told = rectStaffToTell(kind, org, item(owner)).map((t) => t.staffId);
        expect(new Set(told).size).toBe(told.length);
      }
    }
  });
});
