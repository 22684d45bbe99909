import { consequence, DEFAULT_ACCOUNTABILITY } from '../../server/domain/accountability.rules';

describe('责任追究: bonus deductions and award eligibility for a year', () => {
  it('withholds 5 %, 10 %, 20 % per record, summed', () => {
    expect(consequence([])).toEqual({ deductionPct: 0, awardEligible: true, reason: '' });
    expect(consequence(['writtenCheck'])).toEqual({ deductionPct: 5, awardEligible: true, reason: '' });
    expect(consequence(['writtenCheck', 'writtenCheck', 'admonishment'])).toEqual({
      deductionPct: 20,
      awardEligible: true,
      reason: '',
    });
    expect(consequence(['warning'])).toMatchObject({ deductionPct: 20, awardEligible: true });
  });

  it('one admonishment plus one warning in the year removes eligibility; either alone does not', () => {
    expect(consequence(['admonishment', 'admonishment'])).toMatchObject({ awardEligible: true });
    expect(consequence(['warning', 'warning'])).toMatchObject({ deductionPct: 40, awardEligible: true });
    expect(consequence(['admonishment', 'warning'])).toEqual({
      deductionPct: 30,
      awardEligible: false,
      reason: '同一年内被诫勉教育和效能告诫',
    });
  });

  it('a disciplinary sanction or a referral removes eligibility on its own', () => {
    expect(consequence(['discipline'])).toEqual({ deductionPct: 0, awardEligible: false, reason: '受到党纪政纪处分' });
    expect(consequence(['referral', 'admonishment', 'warning'])).toMatchObject({
      awardEligible: false,
      reason: '同一年内被诫勉教育和效能告诫；被移送司法机关处理',
    });
  });

  it('never withholds more than the whole bonus; the percentages are configuration', () => {
    expect(consequence(Array(6).fill('warning'))).toMatchObject({ deductionPct: 100 });
    const strict = { deductionPct: { ...DEFAULT_ACCOUNTABILITY.deductionPct, writtenCheck: 8 } };
    expect(consequence(['writtenCheck'], strict).deductionPct).toBe(8);
  });
});
