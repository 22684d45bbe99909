/**
 * Who is told what about a case (domain/complaint.recipients.ts), as a table: the person a
 * complaint is about is never among the recipients of any notice but the request for their
 * statement, whatever their role — head, office member, backup.
 */
import { staffToTell, standInFor, type CaseOrg } from '../../server/domain/complaint.recipients';
import type { NoticeKind } from '../../server/domain/complaint.entities';
import type { Department, Staff } from '../../server/domain/org.entities';
import { complaint } from '../support/fixtures';

const person = (id: string, role: Staff['role'] = 'staff', backupStaffId: string | null = null): Staff => ({
  id,
  number: id,
  name: id,
  departmentId: 'D1',
  role,
  backupStaffId,
  leave: [],
  openid: null,
});
function orgOf(staff: Staff[], headStaffId: string | null): CaseOrg {
  const dept: Department = { id: 'D1', name: '科室', headStaffId, supervisionPhone: '' };
  return { staff: new Map(staff.map((s) => [s.id, s])), departments: new Map([[dept.id, dept]]) };
}

const worker = person('W', 'staff', 'B');
const backup = person('B', 'staff', 'W');
const headOf = person('H', 'staff', 'W');
const admin1 = person('A1', 'admin');
const admin2 = person('A2', 'admin');
const org = orgOf([worker, backup, headOf, admin1, admin2], 'H');

const KINDS: NoticeKind[] = [
  'case.new',
  'case.transferred',
  'case.reopened',
  'case.remind',
  'case.dueDay',
  'case.overdue',
  'case.escalated',
  'case.statement',
];

describe('staffToTell', () => {
  it.each([
    // kind, assignee, about, expected
    ['case.new', 'H', 'W', ['H']],
    ['case.new', null, 'H', ['A1', 'A2']],
    ['case.remind', null, 'A1', ['A2']],
    ['case.overdue', 'H', 'W', ['H']],
    ['case.overdue', null, 'W', []],
    ['case.escalated', 'H', 'W', ['A1', 'A2']],
    ['case.escalated', 'B', 'W', ['H', 'A1', 'A2']],
    ['case.escalated', 'A2', 'H', ['A1']],
    ['case.escalated', 'A2', 'A1', ['H']],
    ['case.statement', 'H', 'W', ['W']],
    ['case.replied', 'H', 'W', []],
  ] as const)('%s with assignee %s about %s → %j', (kind, assignee, about, expected) => {
    const c = complaint({ assigneeStaffId: assignee, staffId: about, departmentId: 'D1' });
    expect(staffToTell(kind, org, c)).toEqual(expected);
  });

  it('keeps the contested admin off a reopened office case while another can take it', () => {
    const c = complaint({ assigneeStaffId: null, staffId: 'W', departmentId: 'D1' });
    expect(staffToTell('case.reopened', org, c, 'A1')).toEqual(['A2']);
    expect(staffToTell('case.reopened', orgOf([worker, admin1], 'H'), c, 'A1')).toEqual(['A1']);
  });

  it('never names the person complained about except for their statement, whoever they are and whoever handles it', () => {
    for (const about of ['W', 'B', 'H', 'A1', 'A2']) {
      for (const assignee of [null, 'W', 'B', 'H', 'A1', 'A2'].filter((a) => a !== about)) {
        const c = complaint({ assigneeStaffId: assignee, staffId: about, departmentId: 'D1' });
        for (const kind of KINDS.filter((k) => k !== 'case.statement'))
          expect({ kind, about, to: staffToTell(kind, org, c, null) }).not.toEqual(
            expect.objectContaining({ to: expect.arrayContaining([about]) }),
          );
      }
    }
  });
});

describe('standInFor', () => {
  const c = complaint({ staffId: 'B', departmentId: 'D1' });
  it('is the backup, else the head, else the office — skipping the person complained about and anyone tried', () => {
    expect(standInFor('case.new', org, complaint({ staffId: 'A2', departmentId: 'D1' }), 'W', () => false)).toBe('B');
    expect(standInFor('case.new', org, c, 'W', () => false)).toBe('H');
    expect(standInFor('case.new', org, c, 'W', (id) => id === 'H')).toBe('A1');
    expect(standInFor('case.new', org, c, 'H', (id) => ['A1', 'A2'].includes(id))).toBe('W');
  });
  it('passes a request for a statement to no one', () => {
    expect(standInFor('case.statement', org, c, 'B', () => false)).toBeNull();
  });
});
