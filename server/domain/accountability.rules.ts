/**
 * 责任追究 and what it costs at the year's end (the seed's 结果运用): each 书面检查 withholds 5 %
 * of the bonus of the grade earned, each 诫勉教育 10 %, each 效能告诫 20 % (summed, at most
 * 100 %); one 诫勉教育 and one 效能告诫 in the same year, or any 党纪政纪处分, removes award
 * eligibility. A referral to the judiciary (移送司法机关) is graver than a disciplinary sanction,
 * so it removes eligibility too (the seed does not say; this is the reading written down here).
 * The percentages are configuration ('accountability.rules').
 */
export const ACCOUNTABILITY_KINDS = ['writtenCheck', 'admonishment', 'warning', 'discipline', 'referral'] as const;
export type AccountabilityKind = (typeof ACCOUNTABILITY_KINDS)[number];

export const ACCOUNTABILITY_LABELS: Record<AccountabilityKind, string> = {
  writtenCheck: '责成作出书面检查',
  admonishment: '诫勉教育',
  warning: '效能告诫',
  discipline: '党纪政纪处分',
  referral: '移送司法机关处理',
};

export interface AccountabilityRules {
  /** Percent of the grade's bonus withheld per record of each kind. */
  deductionPct: Record<AccountabilityKind, number>;
}

export const DEFAULT_ACCOUNTABILITY: AccountabilityRules = {
  deductionPct: { writtenCheck: 5, admonishment: 10, warning: 20, discipline: 0, referral: 0 },
};

export interface Consequence {
  /** Percent of the bonus withheld, 0–100. */
  deductionPct: number;
  awardEligible: boolean;
  /** Why eligibility is lost, in words; empty when eligible. */
  reason: string;
}

/** The year's consequence for one person, from the kinds of their records in that year. */
export function consequence(
  kinds: AccountabilityKind[],
  rules: AccountabilityRules = DEFAULT_ACCOUNTABILITY,
): Consequence {
  const count = (k: AccountabilityKind) => kinds.filter((x) => x === k).length;
  const deductionPct = Math.min(
    100,
    kinds.reduce((sum, k) => sum + rules.deductionPct[k], 0),
  );
  const reasons: string[] = [];
  if (count('admonishment') >= 1 && count('warning') >= 1) reasons.push('同一年内被诫勉教育和效能告诫');
  if (count('discipline') >= 1) reasons.push('受到党纪政纪处分');
  if (count('referral') >= 1) reasons.push('被移送司法机关处理');
  return { deductionPct, awardEligible: reasons.length === 0, reason: reasons.join('；') };
}
