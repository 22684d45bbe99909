/**
 * 绩效考核: a staff member's year = peer review (部门内互评) 40 % + head's score 40 % + the
 * service recipients' evaluations 20 % (each level mapped to 100 points); self-assessment is
 * recorded but not counted. Grades A–E under quotas (A ≤ 20 %, A+B ≤ 60 % of those assessed).
 *
 * Rules for quotas and ties, written down:
 * - Quota sizes round down: 20 % of 4 people is 0.8 → no A. A quota is never exceeded.
 * - People with equal totals get the same grade: if a tie straddles a quota boundary, the whole
 *   tied group takes the lower grade (so the quota still holds).
 * - Everyone not in A or B is graded by their total: C ≥ 70, D ≥ 60, E below (configurable).
 * - Someone without both the peer and the head score is not graded (listed as 未完成).
 */
export interface AssessmentConfig {
  weights: { peer: number; head: number; residents: number };
  /** Points for an evaluation at each level 1–5. */
  levelPoints: Record<1 | 2 | 3 | 4 | 5, number>;
  quotas: { a: number; ab: number };
  thresholds: { c: number; d: number };
}

export const DEFAULT_ASSESSMENT: AssessmentConfig = {
  weights: { peer: 0.4, head: 0.4, residents: 0.2 },
  levelPoints: { 5: 100, 4: 85, 3: 70, 2: 50, 1: 30 },
  quotas: { a: 0.2, ab: 0.6 },
  thresholds: { c: 70, d: 60 },
};

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Assessed {
  staffId: string;
  peer: number | null;
  head: number | null;
  self: number | null;
  /** The year's evaluation levels of this person. */
  levels: Record<1 | 2 | 3 | 4 | 5, number>;
}

export interface Graded {
  staffId: string;
  residents: number | null;
  total: number | null;
  grade: Grade | null;
  /** 1 = best; equal totals share a rank. */
  rank: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The service recipients' score: the mean of level points; with no evaluations, the neutral 85. */
export function residentsScore(levels: Assessed['levels'], c: AssessmentConfig = DEFAULT_ASSESSMENT): number | null {
  const n = levels[1] + levels[2] + levels[3] + levels[4] + levels[5];
  if (!n) return null;
  const sum = ([1, 2, 3, 4, 5] as const).reduce((s, l) => s + levels[l] * c.levelPoints[l], 0);
  return round2(sum / n);
}

export function grade(people: Assessed[], c: AssessmentConfig = DEFAULT_ASSESSMENT): Graded[] {
  const scored = people.map((p) => {
    const residents = residentsScore(p.levels, c);
    const { peer, head } = p;
    if (peer === null || head === null) return { staffId: p.staffId, residents, total: null };
    // Without evaluations the residents' part takes the average of the other two (no penalty, no bonus).
    const resPart = residents ?? (peer + head) / 2;
    return {
      staffId: p.staffId,
      residents,
      total: round2(c.weights.peer * peer + c.weights.head * head + c.weights.residents * resPart),
    };
  });
  const ranked = scored
    .filter((s): s is (typeof scored)[number] & { total: number } => s.total !== null)
    .sort((a, b) => b.total - a.total);
  const n = ranked.length;
  const aMax = Math.floor(n * c.quotas.a);
  const abMax = Math.floor(n * c.quotas.ab);
  const out = new Map<string, Graded>();
  let i = 0;
  while (i < n) {
    // The group of equal totals starting at i.
    let j = i;
    while (j + 1 < n && ranked[j + 1].total === ranked[i].total) j++;
    const end = j + 1; // how many are placed once this group is in
    const byScore: Grade = ranked[i].total >= c.thresholds.c ? 'C' : ranked[i].total >= c.thresholds.d ? 'D' : 'E';
    const g: Grade = end <= aMax ? 'A' : end <= abMax ? 'B' : byScore;
    for (let k = i; k <= j; k++) out.set(ranked[k].staffId, { ...ranked[k], grade: g, rank: i + 1 });
    i = end;
  }
  return scored.map((s) => out.get(s.staffId) ?? { ...s, grade: null, rank: null });
}
