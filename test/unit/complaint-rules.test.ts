/**
 * Complaint rules: the state machine over every state × command × relation, deadlines in
 * Asia/Shanghai whatever the server's zone, the sweep's schedule, routing, and small formats.
 */
import {
  DEFAULT_COMPLAINT_SETTINGS as S,
  applySweepStep,
  judge,
  maskPhone,
  nextSweepAt,
  replyDue,
  sweepStep,
  thing,
  trackingNo,
  type Command,
  type Relation,
} from '../../server/domain/complaint.rules';
import { route } from '../../server/domain/routing';
import type { ComplaintStatus } from '../../server/contract/complaint.schema';
import { complaint, dept, head, staffA, staffB } from '../support/fixtures';

describe('state machine: every state × command × relation', () => {
  // Written out by hand from the rules (投诉办法, DOMAIN.md §5): reply/transfer by the handler
  // (the assignee, or an admin for the office queue) or the head of a case the department
  // handles, while pending; decline only by the office; the complainant rates a reply and may
  // contest a decline; the system closes an unrated one; the phone is for the handler alone; a
  // former handler, a supervising admin and the person complained about never act.
  const none = {
    complainant: 'forbidden',
    handled: 'forbidden',
    assignee: 'forbidden',
    handler: 'forbidden',
    head: 'forbidden',
    admin: 'forbidden',
    subject: 'forbidden',
    witness: 'forbidden',
    system: 'forbidden',
    supervisor: 'forbidden',
  } as const;
  const all = { pending: 'ok', replied: 'ok', closed: 'ok', rejected: 'ok' } as const;
  const expected: Record<Command, Record<Relation, Partial<Record<ComplaintStatus, 'ok'>> | 'forbidden'>> = {
    reply: { ...none, handler: { pending: 'ok' }, head: { pending: 'ok' } },
    transfer: { ...none, handler: { pending: 'ok' }, head: { pending: 'ok' } },
    reject: { ...none, admin: { pending: 'ok' } },
    rate: { ...none, complainant: { replied: 'ok' } },
    autoClose: { ...none, system: { replied: 'ok' } },
    revealPhone: { ...none, handler: all },
    requestReview: { ...none, complainant: { rejected: 'ok' } },
    askStatement: { ...none, handler: { pending: 'ok' }, head: { pending: 'ok' } },
    giveStatement: { ...none, witness: { pending: 'ok' } },
    // 延期 is asked by the handler and decided by whoever supervises them; so is a 督办单 answered.
    requestExtension: { ...none, handler: { pending: 'ok' } },
    decideExtension: { ...none, supervisor: { pending: 'ok' } },
    superviseReply: { ...none, supervisor: { pending: 'ok' } },
  };
  const statuses: ComplaintStatus[] = ['pending', 'replied', 'closed', 'rejected'];
  const rows = Object.entries(expected).flatMap(([command, byRelation]) =>
    Object.entries(byRelation).flatMap(([relation, allowed]) =>
      statuses.map((status) => {
        const verdict = allowed === 'forbidden' ? 'forbidden' : (allowed[status] ?? 'illegal');
        return [command as Command, relation as Relation, status, verdict] as const;
      }),
    ),
  );

  it.each(rows)('%s by %s when %s → %s', (command, relation, status, verdict) => {
    expect(judge(command, status, new Set([relation]))).toBe(verdict);
  });

  it('nobody at all may do anything', () => {
    for (const command of Object.keys(expected) as Command[])
      expect(judge(command, 'pending', new Set())).toBe('forbidden');
  });
});

describe('reply deadline in Asia/Shanghai (the test process runs in UTC)', () => {
  it('is the end of the 7th Shanghai day after filing', () => {
    expect(replyDue(new Date('2026-11-24T02:00:00Z'), S).dueAt.toISOString()).toBe('2026-12-01T15:59:59.999Z');
  });
  it('counts from the Shanghai date across UTC midnight', () => {
    // 16:30 UTC on the 24th is 00:30 on the 25th in Shanghai.
    expect(replyDue(new Date('2026-11-24T16:30:00Z'), S).dueAt.toISOString()).toBe('2026-12-02T15:59:59.999Z');
    expect(replyDue(new Date('2026-11-24T15:59:59Z'), S).dueAt.toISOString()).toBe('2026-12-01T15:59:59.999Z');
  });
  it('runs over a month end', () => {
    expect(replyDue(new Date('2026-01-28T04:00:00Z'), S).dueAt.toISOString()).toBe('2026-02-04T15:59:59.999Z');
  });
  it('in working days skips the Spring Festival and counts the make-up Saturdays', () => {
    // Filed Fri 2026-02-13: 02-14 (make-up Sat) 1, holiday 02-15…02-23, 02-24…02-27 2–5, 02-28 (make-up Sat) 6, 03-02 7.
    const due = replyDue(new Date('2026-02-13T02:00:00Z'), { replyDays: 7, dayKind: 'working' });
    expect(due).toEqual({ dueAt: new Date('2026-03-02T15:59:59.999Z'), warning: undefined });
  });
  it('falls back to Mon–Fri with a warning for a year the calendar does not cover', () => {
    const due = replyDue(new Date('2099-03-02T02:00:00Z'), { replyDays: 5, dayKind: 'working' });
    expect(due.dueAt.toISOString()).toBe('2099-03-09T15:59:59.999Z');
    expect(due.warning).toMatch(/2099/);
  });
});

describe('the sweep schedule of one case', () => {
  // Filed Tue 2026-11-24 10:00 Shanghai, due Tue 12-01 23:59:59.999 Shanghai.
  const base = complaint({ replyDueAt: new Date('2026-12-01T15:59:59.999Z') });
  const step = (c: typeof base, iso: string) => sweepStep(c, new Date(iso), S);
  const after = (c: typeof base, s: NonNullable<ReturnType<typeof sweepStep>>) => {
    const next = { ...c, ...applySweepStep(c, s) };
    return { ...next, nextSweepAt: nextSweepAt(next, S) };
  };

  it('reminds on the morning two days before, then on the due day, then escalates once a day', () => {
    let c = { ...base, nextSweepAt: nextSweepAt(base, S) };
    expect(c.nextSweepAt?.toISOString()).toBe('2026-11-29T01:00:00.000Z'); // 09:00 Shanghai
    expect(step(c, '2026-11-29T00:59:59Z')).toBeNull();
    expect(step(c, '2026-11-29T01:00:00Z')).toEqual({ kind: 'remind' });
    c = after(c, { kind: 'remind' });
    expect(step(c, '2026-11-30T12:00:00Z')).toBeNull();
    expect(step(c, '2026-12-01T01:00:00Z')).toEqual({ kind: 'dueDay' });
    c = after(c, { kind: 'dueDay' });
    expect(c.nextSweepAt?.toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(step(c, '2026-12-01T15:59:59Z')).toBeNull();
    expect(step(c, '2026-12-02T01:00:00Z')).toEqual({ kind: 'overdue', date: '2026-12-02' });
    c = after(c, { kind: 'overdue', date: '2026-12-02' });
    expect(step(c, '2026-12-02T09:00:00Z')).toBeNull(); // once per Shanghai day
    expect(step(c, '2026-12-03T01:00:00Z')).toEqual({ kind: 'overdue', date: '2026-12-03' });
  });

  it('does not replay missed reminders after a long pause: it escalates', () => {
    const c = { ...base, nextSweepAt: nextSweepAt(base, S) };
    expect(step(c, '2026-12-05T03:00:00Z')).toEqual({ kind: 'overdue', date: '2026-12-05' });
  });

  it('closes an unrated reply after 7 days, and leaves closed cases alone', () => {
    const replied = {
      ...base,
      status: 'replied' as const,
      reply: { content: '已处理', byStaffId: staffA.id, at: new Date('2026-11-26T02:00:00Z') },
    };
    const c = { ...replied, nextSweepAt: nextSweepAt(replied, S) };
    expect(c.nextSweepAt?.toISOString()).toBe('2026-12-03T02:00:00.000Z');
    expect(step(c, '2026-12-03T01:59:59Z')).toBeNull();
    expect(step(c, '2026-12-03T02:00:00Z')).toEqual({ kind: 'autoClose' });
    expect(applySweepStep(c, { kind: 'autoClose' })).toEqual({ status: 'closed', rating: 'none' });
    expect(nextSweepAt({ ...c, status: 'closed' }, S)).toBeNull();
    expect(nextSweepAt({ ...c, status: 'rejected' }, S)).toBeNull();
  });
});

describe('routing: never to the person complained about (DOMAIN.md §5)', () => {
  const staff = new Map([staffA, staffB, head].map((s) => [s.id, s]));
  const input = {
    department: dept,
    category: '服务态度',
    date: '2026-11-24',
    staffById: (id: string) => staff.get(id),
    reachable: () => true,
  };

  it('a complaint about a staff member goes to their department’s head, saying why', () => {
    expect(route({ ...input, about: staffA })).toEqual({
      assignee: head,
      reason: 'about-staff',
      steps: [{ staffId: head.id, role: 'head' }],
    });
  });
  it('a complaint to a department goes to its head', () => {
    expect(route({ ...input, about: null })).toMatchObject({ assignee: head, reason: 'department' });
  });
  it('a complaint about the head, and every 廉洁问题, goes to the office queue', () => {
    expect(route({ ...input, about: head })).toEqual({ assignee: null, reason: 'about-head', steps: [] });
    expect(route({ ...input, about: staffA, category: '廉洁问题' })).toEqual({
      assignee: null,
      reason: 'integrity',
      steps: [],
    });
    expect(route({ ...input, about: null, category: '廉洁问题' })).toMatchObject({
      assignee: null,
      reason: 'integrity',
    });
  });
  it('while the head is away, to the head’s B post — unless that is the person complained about', () => {
    const away = { ...head, leave: [{ from: '2026-11-24', to: '2026-11-30' }], backupStaffId: staffB.id };
    const withBackup = new Map([...staff, [head.id, away]]);
    const byId = (id: string) => withBackup.get(id);
    expect(route({ ...input, staffById: byId, about: staffA })).toEqual({
      assignee: staffB,
      reason: 'about-staff',
      steps: [
        { staffId: head.id, role: 'head', skipped: 'on-leave' },
        { staffId: staffB.id, role: 'backup' },
      ],
    });
    expect(route({ ...input, staffById: byId, about: staffB })).toEqual({
      assignee: null,
      reason: 'about-staff',
      steps: [
        { staffId: head.id, role: 'head', skipped: 'on-leave' },
        { staffId: staffB.id, role: 'backup', skipped: 'complained-about' },
      ],
    });
  });
  it('without a reachable head, to the office queue', () => {
    expect(route({ ...input, about: staffA, reachable: () => false })).toMatchObject({
      assignee: null,
      steps: [{ staffId: head.id, skipped: 'unreachable' }],
    });
    expect(route({ ...input, department: { ...dept, headStaffId: null }, about: staffA })).toEqual({
      assignee: null,
      reason: 'about-staff',
      steps: [],
    });
  });
});

describe('formats', () => {
  it('masks a phone number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });
  it('draws tracking numbers a person can read out', () => {
    const no = trackingNo(new Date('2026-11-24T17:00:00Z'), () => 0);
    expect(no).toBe('TS261125-2222');
    expect(trackingNo(new Date('2026-11-24T02:00:00Z'), (n) => n - 1)).toMatch(/^TS261124-[2-9A-HJKMNP-Z]{4}$/);
  });
  it('cuts template text to WeChat’s field limits', () => {
    expect(thing('窗口工作人员态度生硬，多次催促仍不解释所需材料')).toHaveLength(20);
    expect(thing('短')).toBe('短');
  });
});
