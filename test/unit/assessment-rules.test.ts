import { grade, residentsScore, type Assessed } from '../../server/domain/assessment.rules';

const none = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
const person = (
  staffId: string,
  peer: number | null,
  head: number | null,
  levels = { ...none, 5: 4, 4: 1 },
): Assessed => ({ staffId, peer, head, self: 99, levels });
const grades = (people: Assessed[]) => Object.fromEntries(grade(people).map((g) => [g.staffId, g.grade]));

describe('annual assessment', () => {
  it('weighs peer 40 %, head 40 %, residents 20 %; self-assessment does not count', () => {
    // residents: (4×100 + 85) / 5 = 97
    const [g] = grade([person('s1', 80, 90)]);
    expect(g).toMatchObject({ residents: 97, total: 0.4 * 80 + 0.4 * 90 + 0.2 * 97 });
    const [same] = grade([{ ...person('s1', 80, 90), self: 0 }]);
    expect(same.total).toBe(g.total);
  });

  it('maps levels to points and has no residents’ score without evaluations', () => {
    expect(residentsScore({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 })).toBe(67);
    expect(residentsScore(none)).toBeNull();
    // No evaluations: that part is the mean of the other two, neither penalty nor bonus.
    expect(grade([person('s1', 80, 90, none)])[0].total).toBe(85);
  });

  it('keeps A ≤ 20 % and A+B ≤ 60 % of ten people; the rest by score', () => {
    const ten = Array.from({ length: 10 }, (_, i) => person(`s${i}`, 95 - i * 4, 95 - i * 4, none));
    const g = grades(ten);
    expect(Object.values(g).filter((x) => x === 'A')).toHaveLength(2);
    expect(Object.values(g).filter((x) => x === 'A' || x === 'B')).toHaveLength(6);
    expect([g.s6, g.s7, g.s8, g.s9]).toEqual(['C', 'D', 'D', 'E']); // 71, 67, 63, 59: C needs 70, D 60
    expect(grade(ten).map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a tiny department gets no A (20 % of 3 is 0.6, rounded down) and one B', () => {
    const g = grades([person('a', 99, 99), person('b', 90, 90), person('c', 80, 80)]);
    expect(g).toEqual({ a: 'B', b: 'C', c: 'C' });
  });

  it('equal totals share a grade: a tie across the A line takes the lower grade together', () => {
    const people = [
      person('p1', 99, 99, none),
      person('p2', 90, 90, none),
      person('p3', 90, 90, none),
      ...Array.from({ length: 7 }, (_, i) => person(`q${i}`, 80 - i, 80 - i, none)),
    ];
    const g = grade(people);
    const by = Object.fromEntries(g.map((x) => [x.staffId, x]));
    expect([by.p1.grade, by.p2.grade, by.p3.grade]).toEqual(['A', 'B', 'B']);
    expect([by.p2.rank, by.p3.rank]).toEqual([2, 2]);
    expect(g.filter((x) => x.grade === 'A')).toHaveLength(1);
  });

  it('someone without both scores is not graded and does not count toward the quotas', () => {
    const g = grade([
      person('x', null, 90),
      ...Array.from({ length: 5 }, (_, i) => person(`s${i}`, 90 - i, 90 - i, none)),
    ]);
    expect(g[0]).toEqual({ staffId: 'x', residents: 97, total: null, grade: null, rank: null });
    expect(g.filter((x) => x.grade === 'A')).toHaveLength(1); // 20 % of the 5 graded
  });
});
