import { MIN_SAMPLE, overview, rank, TOO_FEW } from '../../server/domain/stats.rules';
import { trend } from '../../server/domain/trend.rules';

const complaints = {
  count: 4,
  replied: 3,
  repliedOnTime: 2,
  lateUnreplied: 1,
  reopened: 1,
  overdueNow: 1,
  extended: 0,
  replySecondsSum: 3 * 36 * 3600,
  replySecondsP90: 50 * 3600 + 1800,
  ratings: { satisfied: 1, basic: 0, unsatisfied: 1 },
  categories: { 办事效率: 1, 服务态度: 3 },
};

describe('overview: the figures and who may see them', () => {
  const e = {
    count: 10,
    levels: { 1: 1, 2: 1, 3: 2, 4: 3, 5: 3 },
    dimensions: { attitude: { sum: 42, count: 10 }, integrity: { sum: 8, count: 2 } },
    amendments: { levelChanged: 2, raisedFromBad: 1 },
  };

  it('computes 满意率 (5+4), 差评率 (2+1), averages and complaint rates', () => {
    expect(overview(e, complaints, 'office')).toEqual({
      evaluations: 10,
      satisfactionRate: 0.6,
      badRate: 0.2,
      levels: { '1': 1, '2': 1, '3': 2, '4': 3, '5': 3 },
      dimensions: { attitude: 4.2, integrity: 4 },
      amendments: { levelChanged: 2, raisedFromBad: 1 },
      complaints: {
        count: 4,
        onTimeRate: 0.5,
        overdueNow: 1,
        extended: 0,
        reopenRate: 0.3333,
        avgReplyHours: 36,
        p90ReplyHours: 50.5,
        ratings: { satisfied: 1, basic: 0, unsatisfied: 1 },
        categories: [
          { name: '服务态度', count: 3 },
          { name: '办事效率', count: 1 },
        ],
      },
      suppressed: {},
    });
  });

  it(`hides from staff and heads a dimension fewer than ${MIN_SAMPLE} people rated`, () => {
    expect(overview(e, complaints, 'restricted').dimensions).toEqual({ attitude: 4.2 });
  });

  it('shows amended evaluations (and 差评 raised by an amendment) to the office only', () => {
    expect(overview(e, complaints, 'restricted').amendments).toBeNull();
    expect(overview(e, complaints, 'office').amendments).toEqual({ levelChanged: 2, raisedFromBad: 1 });
  });

  it(`withholds every evaluation figure below ${MIN_SAMPLE} evaluations, saying why`, () => {
    const few = {
      count: 4,
      levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 4 },
      dimensions: {},
      amendments: { levelChanged: 0, raisedFromBad: 0 },
    };
    const out = overview(few, complaints, 'restricted');
    expect(out).toMatchObject({
      evaluations: 4,
      satisfactionRate: null,
      badRate: null,
      levels: null,
      dimensions: null,
    });
    expect(out.suppressed).toEqual({
      satisfactionRate: TOO_FEW,
      badRate: TOO_FEW,
      levels: TOO_FEW,
      dimensions: TOO_FEW,
    });
    expect(overview(few, complaints, 'office').satisfactionRate).toBe(1);
  });

  it('has no rate to give when nothing was counted', () => {
    const none = {
      count: 0,
      levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      dimensions: {},
      amendments: { levelChanged: 0, raisedFromBad: 0 },
    };
    const zero = {
      count: 0,
      replied: 0,
      repliedOnTime: 0,
      lateUnreplied: 0,
      reopened: 0,
      overdueNow: 0,
      extended: 0,
      replySecondsSum: 0,
      replySecondsP90: null,
      ratings: { satisfied: 0, basic: 0, unsatisfied: 0 },
      categories: {},
    };
    expect(overview(none, zero, 'office')).toMatchObject({
      satisfactionRate: null,
      complaints: { onTimeRate: null, reopenRate: null, avgReplyHours: null, p90ReplyHours: null, categories: [] },
    });
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
    expect(rank(rows, 'office').map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['e', 2],
      ['a', 4],
      ['d', null],
    ]);
    expect(rank(rows, 'office').find((r) => r.id === 'd')).toMatchObject({ evaluations: 4, satisfactionRate: 1 });
  });
  it('staff and heads do not see the rate of a small sample', () => {
    expect(rank(rows, 'restricted').find((r) => r.id === 'd')).toEqual({
      id: 'd',
      name: '丁',
      evaluations: 4,
      satisfactionRate: null,
      badRate: null,
      rank: null,
    });
  });
});

describe('trend: weeks run Monday to Sunday, months by the calendar, both clipped to the period', () => {
  const lv = (l5: number, l1 = 0) => ({ 1: l1, 2: 0, 3: 0, 4: 0, 5: l5 });
  // 2026-11-01 is a Sunday; 11-02 a Monday.
  const byDay = {
    '2026-11-01': lv(2),
    '2026-11-02': lv(3, 1),
    '2026-11-08': lv(1),
    '2026-11-09': lv(4, 4),
    '2026-12-01': lv(5),
  };

  it('cuts weeks at Monday and keeps empty weeks', () => {
    expect(trend(byDay, '2026-11-01', '2026-11-20', 'week', 'office')).toEqual([
      { from: '2026-11-01', to: '2026-11-01', evaluations: 2, satisfactionRate: 1, badRate: 0 },
      { from: '2026-11-02', to: '2026-11-08', evaluations: 5, satisfactionRate: 0.8, badRate: 0.2 },
      { from: '2026-11-09', to: '2026-11-15', evaluations: 8, satisfactionRate: 0.5, badRate: 0.5 },
      { from: '2026-11-16', to: '2026-11-20', evaluations: 0, satisfactionRate: null, badRate: null },
    ]);
  });

  it('folds months, across a year end', () => {
    const out = trend({ ...byDay, '2027-01-31': lv(1) }, '2026-11-15', '2027-01-31', 'month', 'office');
    expect(out.map((b) => [b.from, b.to, b.evaluations])).toEqual([
      ['2026-11-15', '2026-11-30', 0],
      ['2026-12-01', '2026-12-31', 5],
      ['2027-01-01', '2027-01-31', 1],
    ]);
  });

  it(`shows staff and heads no rate from fewer than ${MIN_SAMPLE} evaluations`, () => {
    const out = trend(byDay, '2026-11-01', '2026-11-15', 'week', 'restricted');
    expect(out.map((b) => b.satisfactionRate)).toEqual([null, 0.8, 0.5]);
  });
});
