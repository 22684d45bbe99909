import { MIN_SAMPLE, overview, rank, TOO_FEW } from '../../server/domain/stats.rules';

const complaints = { count: 4, replied: 3, repliedOnTime: 2, lateUnreplied: 1, reopened: 1, overdueNow: 1 };

describe('overview: the figures and who may see them', () => {
  const e = { count: 10, levels: { 1: 1, 2: 1, 3: 2, 4: 3, 5: 3 }, dimensions: { attitude: { sum: 42, count: 10 }, integrity: { sum: 8, count: 2 } } };

  it('computes 满意率 (5+4), 差评率 (2+1), averages and complaint rates', () => {
    expect(overview(e, complaints, 'office')).toEqual({
      evaluations: 10, satisfactionRate: 0.6, badRate: 0.2, levels: { '1': 1, '2': 1, '3': 2, '4': 3, '5': 3 },
      dimensions: { attitude: 4.2, integrity: 4 },
      complaints: { count: 4, onTimeRate: 0.5, overdueNow: 1, reopenRate: 0.3333 },
      suppressed: {},
    });
  });

  it(`hides from staff and heads a dimension fewer than ${MIN_SAMPLE} people rated`, () => {
    expect(overview(e, complaints, 'restricted').dimensions).toEqual({ attitude: 4.2 });
  });

  it(`withholds every evaluation figure below ${MIN_SAMPLE} evaluations, saying why`, () => {
    const few = { count: 4, levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 4 }, dimensions: {} };
    const out = overview(few, complaints, 'restricted');
    expect(out).toMatchObject({ evaluations: 4, satisfactionRate: null, badRate: null, levels: null, dimensions: null });
    expect(out.suppressed).toEqual({ satisfactionRate: TOO_FEW, badRate: TOO_FEW, levels: TOO_FEW, dimensions: TOO_FEW });
    expect(overview(few, complaints, 'office').satisfactionRate).toBe(1);
  });

  it('has no rate to give when nothing was counted', () => {
    const none = { count: 0, levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, dimensions: {} };
    const zero = { count: 0, replied: 0, repliedOnTime: 0, lateUnreplied: 0, reopened: 0, overdueNow: 0 };
    expect(overview(none, zero, 'office')).toMatchObject({ satisfactionRate: null, complaints: { onTimeRate: null, reopenRate: null } });
  });
});

describe('rank: by 满意率, then fewer 差评; small samples unranked', () => {
  const lv = (l5: number, l4: number, l3: number, l2: number, l1: number) => ({ 1: l1, 2: l2, 3: l3, 4: l4, 5: l5 });
  const rows = [
    { id: 'a', name: '甲', levels: lv(8, 0, 0, 2, 0) }, // 80 %, 20 % bad
    { id: 'b', name: '乙', levels: lv(8, 0, 2, 0, 0) }, // 80 %, 0 % bad → ahead of 甲
    { id: 'c', name: '丙', levels: lv(4, 5, 1, 0, 0) }, // 90 %
    { id: 'd', name: '丁', levels: lv(4, 0, 0, 0, 0) }, // 4 evaluations: unranked
    { id: 'e', name: '戊', levels: lv(0, 16, 4, 0, 0) }, // 80 %, 0 % bad: ties with 乙
  ];
  it('orders and shares ranks on equal figures; unranked rows come last', () => {
    expect(rank(rows, 'office').map((r) => [r.id, r.rank])).toEqual([['c', 1], ['b', 2], ['e', 2], ['a', 4], ['d', null]]);
    expect(rank(rows, 'office').find((r) => r.id === 'd')).toMatchObject({ evaluations: 4, satisfactionRate: 1 });
  });
  it('staff and heads do not see the rate of a small sample', () => {
    expect(rank(rows, 'restricted').find((r) => r.id === 'd')).toEqual({ id: 'd', name: '丁', evaluations: 4, satisfactionRate: null, badRate: null, rank: null });
  });
});
