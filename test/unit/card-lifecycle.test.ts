/**
 * The card's service case as pure rules: every command in every state (table), who may act,
 * the clock's pause across a statutory holiday, and the sweep's watch times.
 */
import { judgeCardCommand, cardSwept, type CardCommand } from '../../server/domain/card.transitions';
import {
  cardDue,
  cardNextSweepAt,
  cardSweepStep,
  mayActOnCard,
  newCardCase,
  pausedDays,
  resumedDue,
} from '../../server/domain/card.rules';
import { daysLeft } from '../../server/domain/calendar';
import { shanghaiDate } from '../../server/contract/dates';
import type { Card } from '../../server/ports/store';
import { card, head, staffA, staffB, window1 } from '../support/fixtures';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-25T02:00:00.000Z');

const supplementCmd: CardCommand = { kind: 'supplement', items: ['户口簿原件', '婚姻证明'], nextVisitOn: '2026-11-27' };
const commands: Record<string, CardCommand> = {
  supplement: supplementCmd,
  resume: { kind: 'resume' },
  complete: { kind: 'complete' },
  return: { kind: 'return', reason: '不属于本科室受理范围', referTo: '社保服务科' },
};

function inState(state: string): Card {
  const base = card();
  const asked = {
    items: supplementCmd.kind === 'supplement' ? supplementCmd.items : [],
    nextVisitOn: '2026-11-27',
    requestedAt: at('2026-11-24T05:00:00.000Z'),
    resumedAt: null,
    remainingDays: 5,
  };
  switch (state) {
    case 'accepted':
      return base;
    case 'supplement':
      return { ...base, status: 'supplement', supplement: asked, nextSweepAt: null };
    case 'resumed':
      return { ...base, supplement: { ...asked, resumedAt: at('2026-11-24T08:00:00.000Z') } };
    case 'completed':
      return { ...base, status: 'completed', completedAt: at('2026-11-24T09:00:00.000Z'), nextSweepAt: null };
    case 'returned':
      return {
        ...base,
        status: 'returned',
        returned: { reason: '不属于本科室受理范围', referTo: '社保服务科', at: at('2026-11-24T09:00:00.000Z') },
        nextSweepAt: null,
      };
    default:
      throw new Error(state);
  }
}

// state → command → 'change:<new status>' | 'same' | 'illegal'
const TABLE: Record<string, Record<string, string>> = {
  accepted: {
    supplement: 'change:supplement',
    resume: 'illegal',
    complete: 'change:completed',
    return: 'change:returned',
  },
  supplement: { supplement: 'same', resume: 'change:accepted', complete: 'illegal', return: 'change:returned' },
  resumed: { supplement: 'illegal', resume: 'same', complete: 'change:completed', return: 'change:returned' },
  completed: { supplement: 'illegal', resume: 'illegal', complete: 'same', return: 'illegal' },
  returned: { supplement: 'illegal', resume: 'illegal', complete: 'illegal', return: 'same' },
};

describe('the card’s state machine', () => {
  for (const [state, row] of Object.entries(TABLE)) {
    for (const [name, expected] of Object.entries(row)) {
      it(`${state} × ${name} → ${expected}`, () => {
        const c = inState(state);
        const judged = judgeCardCommand(c, commands[name], staffA.id, now, 'req-table-1');
        if (expected.startsWith('change:')) {
          expect(judged.kind).toBe('change');
          if (judged.kind !== 'change') return;
          expect(judged.next.status).toBe(expected.slice(7));
          expect(judged.next.version).toBe(c.version + 1);
          expect(judged.next.events.at(-1)).toMatchObject({ byStaffId: staffA.id, requestId: 'req-table-1' });
          // Closed and paused cards are not watched; an open one is.
          expect(judged.next.nextSweepAt === null).toBe(judged.next.status !== 'accepted');
        } else {
          expect(judged.kind).toBe(expected);
        }
      });
    }
  }

  it('a second 补正 with other items is what 一次性告知 forbids', () => {
    const c = inState('supplement');
    expect(judgeCardCommand(c, { ...supplementCmd, items: ['另一份材料'] }, staffA.id, now, 'r2').kind).toBe('illegal');
  });

  it('the same request again changes nothing, whatever the state now', () => {
    const first = judgeCardCommand(inState('accepted'), commands.complete, staffA.id, now, 'req-once');
    if (first.kind !== 'change') throw new Error('expected a change');
    expect(judgeCardCommand(first.next, commands.return, staffA.id, now, 'req-once').kind).toBe('same');
  });

  it('办结 and 退回 tell each resident who asked, and forget their OPENIDs', () => {
    const watched = {
      ...inState('accepted'),
      watchers: [
        { subjectHash: 'h-1', sealedOpenid: 'sealed-1', at: now },
        { subjectHash: 'h-2', sealedOpenid: null, at: now },
      ],
    };
    for (const cmd of [commands.complete, commands.return]) {
      const judged = judgeCardCommand(watched, cmd, staffA.id, now, `r-${cmd.kind}`);
      if (judged.kind !== 'change') throw new Error('expected a change');
      expect(judged.tell.map((t) => [t.kind, t.recipient])).toEqual([
        ['card.done', { subjectHash: 'h-1', sealedOpenid: 'sealed-1' }],
        ['card.done', { subjectHash: 'h-2' }],
      ]);
      expect(judged.next.watchers.map((w) => w.sealedOpenid)).toEqual([null, null]);
    }
  });

  it('即办件 are 办结 at issue and never watched', () => {
    const issued = at('2026-11-24T02:00:00.000Z');
    const state = newCardCase({ matterType: '即办件', issuedAt: issued, staffId: staffA.id, dueAt: issued });
    expect(state).toMatchObject({ status: 'completed', completedAt: issued, nextSweepAt: null });
  });
});

describe('who moves a card on', () => {
  const org = { issuer: staffA, window: window1, headStaffId: head.id };
  const table: [string, string, boolean][] = [
    ['the issuer', staffA.id, true],
    ['their B post (backup)', staffB.id, true],
    ['the head of the department', head.id, true],
    ['another colleague', 'STAFF00077', false],
  ];
  for (const [who, id, may] of table) {
    it(`${who}: ${may ? 'may' : 'may not'}`, () => expect(mayActOnCard(card(), id, org)).toBe(may));
  }
  it('the B post of the window the issuer holds, without being their backup', () => {
    const issuer = { backupStaffId: null };
    expect(mayActOnCard(card(), staffB.id, { issuer, window: window1, headStaffId: null })).toBe(true);
    expect(mayActOnCard(card(), staffB.id, { issuer, window: null, headStaffId: null })).toBe(false);
  });
});

describe('the clock stops during 补正', () => {
  it('in working days across the National Day holiday (with its 调休 Saturday)', () => {
    // Issued Mon 28 Sep 2026, 5 working days: 29, 30 Sep, 8, 9 Oct and the make-up Sat 10 Oct.
    const issued = at('2026-09-28T02:00:00.000Z');
    const due = cardDue(issued, '承诺件', 5, 'working');
    expect(due.date).toBe('2026-10-10');
    // 补正 asked on Tue 29 Sep: 4 working days were left (30 Sep, 8, 9, 10 Oct).
    const asked = at('2026-09-29T03:00:00.000Z');
    expect(pausedDays(due.dueAt, asked, 'working')).toBe(4);
    // Brought on Fri 9 Oct: the 4 run from then — Sat 10 (调休), Mon 12, Tue 13, Wed 14.
    const resumed = resumedDue({ dueAt: due.dueAt, dayKind: 'working' }, 4, asked, at('2026-10-09T02:00:00.000Z'));
    expect(resumed.date).toBe('2026-10-14');
    expect(shanghaiDate(resumed.dueAt)).toBe('2026-10-14');
  });

  it('in natural days', () => {
    const due = cardDue(at('2026-11-24T02:00:00.000Z'), '承诺件', 10, 'natural'); // 12-04
    const asked = at('2026-11-26T02:00:00.000Z');
    expect(pausedDays(due.dueAt, asked, 'natural')).toBe(8);
    expect(resumedDue({ dueAt: due.dueAt, dayKind: 'natural' }, 8, asked, at('2026-12-01T02:00:00.000Z')).date).toBe(
      '2026-12-09',
    );
  });

  it('a card already overdue when 补正 was asked gains nothing', () => {
    const due = cardDue(at('2026-11-24T02:00:00.000Z'), '承诺件', 1, 'working'); // 11-25
    const asked = at('2026-11-27T02:00:00.000Z');
    expect(pausedDays(due.dueAt, asked, 'working')).toBe(0);
    expect(
      resumedDue({ dueAt: due.dueAt, dayKind: 'working' }, 0, asked, at('2026-12-01T02:00:00.000Z')).dueAt,
    ).toEqual(due.dueAt);
  });

  it('daysLeft inverts addDays from a workday', () => {
    for (const n of [0, 1, 3, 7, 12]) {
      const due = cardDue(at('2026-09-28T02:00:00.000Z'), '承诺件', n, 'working');
      expect(daysLeft('2026-09-28', due.date, 'working')).toBe(n);
    }
  });
});

describe('the due-date watch', () => {
  // Due Tue 1 Dec 2026 (end of day, Shanghai).
  const c = card();
  it('the morning before, then the morning after, once each', () => {
    expect(cardNextSweepAt(c)).toEqual(at('2026-11-30T01:00:00.000Z')); // 09:00 on 30 Nov
    expect(cardSweepStep(c, at('2026-11-30T00:59:00.000Z'))).toBeNull();
    expect(cardSweepStep(c, at('2026-11-30T01:00:00.000Z'))).toBe('dueSoon');
    const soon = cardSwept(c, 'dueSoon', head.id, at('2026-11-30T01:00:00.000Z'));
    expect(soon.tell.map((t) => t.recipient)).toEqual([{ staffId: staffA.id }]);
    expect(soon.next.nextSweepAt).toEqual(at('2026-12-02T01:00:00.000Z'));
    expect(cardSweepStep(soon.next, at('2026-12-01T12:00:00.000Z'))).toBeNull();
    expect(cardSweepStep(soon.next, at('2026-12-02T01:00:00.000Z'))).toBe('overdue');
    const late = cardSwept(soon.next, 'overdue', head.id, at('2026-12-02T01:00:00.000Z'));
    expect(late.tell.map((t) => t.recipient)).toEqual([{ staffId: staffA.id }, { staffId: head.id }]);
    expect(late.next.nextSweepAt).toBeNull();
    expect(cardSweepStep(late.next, at('2026-12-09T01:00:00.000Z'))).toBeNull();
  });

  it('a sweep away past the due date sends the overdue notice, not a stale day-before one', () => {
    expect(cardSweepStep(c, at('2026-12-03T01:00:00.000Z'))).toBe('overdue');
  });

  it('the head who issued the card is told once', () => {
    const own = card({ staffId: head.id });
    expect(cardSwept(own, 'overdue', head.id, now).tell).toHaveLength(1);
  });
});
