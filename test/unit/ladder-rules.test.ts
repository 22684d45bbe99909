/** The 督办 ladder's arithmetic: days overdue as the deadline counts them, and which rungs are due. */
import { daysOverdue, DEFAULT_LADDER, ladderProblem, rungsDue } from '../../server/domain/ladder.rules';

describe('days overdue', () => {
  it.each([
    // [due date, today, kind, days overdue]
    ['2026-12-01', '2026-12-01', 'natural', 0],
    ['2026-12-01', '2026-12-02', 'natural', 1],
    ['2026-12-01', '2026-12-06', 'natural', 5],
    // Due Friday 11-27: the weekend does not count in working-day mode.
    ['2026-11-27', '2026-11-28', 'working', 0],
    ['2026-11-27', '2026-11-29', 'working', 0],
    ['2026-11-27', '2026-11-30', 'working', 1],
    ['2026-11-27', '2026-12-02', 'working', 3],
    ['2026-11-27', '2026-12-04', 'working', 5],
    ['2026-11-27', '2026-11-30', 'natural', 3],
  ] as const)('due %s, on %s (%s days): %i', (due, today, kind, n) => {
    expect(daysOverdue(due, today, kind)).toBe(n);
  });
});

describe('rungs due', () => {
  // [climbed so far, days overdue, rungs due now]
  it.each([
    [0, 0, []],
    [0, 1, ['urge']],
    [1, 1, []],
    [1, 2, []],
    [1, 3, ['supervise']],
    [0, 5, ['urge', 'supervise', 'report']],
    [2, 9, ['report']],
    [3, 30, []],
  ] as const)('climbed %i, %i days overdue → %j', (climbed, overdue, rungs) => {
    expect(rungsDue(DEFAULT_LADDER, climbed, overdue).map((s) => s.rung)).toEqual(rungs);
  });

  it('refuses a ladder whose days do not rise, or that is empty or too long', () => {
    expect(ladderProblem(DEFAULT_LADDER)).toBeNull();
    expect(ladderProblem([])).toMatch(/1 至 6/);
    expect(
      ladderProblem([
        { day: 3, rung: 'urge' },
        { day: 3, rung: 'report' },
      ]),
    ).toMatch(/逐级增加/);
    expect(ladderProblem([{ day: 0, rung: 'urge' }])).toMatch(/1 至 60/);
    expect(ladderProblem(Array.from({ length: 7 }, (_, i) => ({ day: i + 1, rung: 'urge' as const })))).toMatch(
      /1 至 6/,
    );
  });
});
