import { MIN_SAMPLE, overview, TOO_FEW } from '../../server/domain/stats.rules';

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
