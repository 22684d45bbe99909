/**
 * The evaluation office's figures, and the rule that keeps evaluators unidentifiable: staff and
 * department heads never see a figure computed from fewer than MIN_SAMPLE evaluations (样本不足);
 * the office itself (admins) sees every figure, still only as aggregates.
 */
import type { StatsOverviewOutput, Suppressed } from '../contract/stats.schema';
import type { ComplaintAggregate, EvaluationAggregate, FollowupFigures } from './stats.figures';
import type { FollowupClassification } from './followup.entities';
import { CLASSIFICATION_LABELS } from './followup.rules';

export const MIN_SAMPLE = 5;
export const TOO_FEW = `样本不足（少于 ${MIN_SAMPLE} 条）`;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

export function overview(
  e: EvaluationAggregate,
  c: ComplaintAggregate,
  viewer: 'office' | 'restricted',
): Pick<
  StatsOverviewOutput,
  'evaluations' | 'satisfactionRate' | 'badRate' | 'levels' | 'dimensions' | 'amendments' | 'complaints' | 'suppressed'
> {
  const suppressed: Suppressed = {};
  const hide = viewer === 'restricted' && e.count < MIN_SAMPLE;
  if (hide) for (const k of ['satisfactionRate', 'badRate', 'levels', 'dimensions'] as const) suppressed[k] = TOO_FEW;
  const dimensions: Record<string, number> = {};
  for (const [k, d] of Object.entries(e.dimensions)) {
    // A dimension few people rated can point at them even when the total is large.
    if (viewer === 'office' || d.count >= MIN_SAMPLE) dimensions[k] = Math.round((d.sum / d.count) * 100) / 100;
  }
  const judged = c.replied + c.lateUnreplied;
  return {
    evaluations: e.count,
    satisfactionRate: hide ? null : round4(ratio(e.levels[5] + e.levels[4], e.count)),
    badRate: hide ? null : round4(ratio(e.levels[2] + e.levels[1], e.count)),
    levels: hide ? null : { '1': e.levels[1], '2': e.levels[2], '3': e.levels[3], '4': e.levels[4], '5': e.levels[5] },
    dimensions: hide ? null : dimensions,
    // Who changed a rating is between the resident and the office: a head could tell one apart.
    amendments: viewer === 'office' ? { ...e.amendments } : null,
    complaints: {
      count: c.count,
      onTimeRate: round4(ratio(c.repliedOnTime, judged)),
      overdueNow: c.overdueNow,
      reopenRate: round4(ratio(c.reopened, c.replied)),
      avgReplyHours: c.replied ? Math.round((c.replySecondsSum / c.replied / 3600) * 10) / 10 : null,
      p90ReplyHours: c.replySecondsP90 === null ? null : Math.round((c.replySecondsP90 / 3600) * 10) / 10,
      ratings: c.ratings,
      extended: c.extended,
      categories: Object.entries(c.categories)
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    },
    suppressed,
  };
}

export interface RankInput {
  id: string;
  name: string;
  levels: EvaluationAggregate['levels'];
}

/**
 * Rankings by 满意率, ties broken by the lower 差评率; equal on both share a rank. Rows under
 * MIN_SAMPLE evaluations are not ranked (a rate from three people is not a standing); the
 * office still sees their rates, others see null.
 */
export function rank(rows: RankInput[], viewer: 'office' | 'restricted') {
  const scored = rows.map((r) => {
    const n = r.levels[1] + r.levels[2] + r.levels[3] + r.levels[4] + r.levels[5];
    const sat = n ? (r.levels[5] + r.levels[4]) / n : null;
    const bad = n ? (r.levels[2] + r.levels[1]) / n : null;
    const visible = viewer === 'office' || n >= MIN_SAMPLE;
    return {
      id: r.id,
      name: r.name,
      evaluations: n,
      satisfactionRate: visible ? round4(sat) : null,
      badRate: visible ? round4(bad) : null,
      sat,
      bad,
      rankable: n >= MIN_SAMPLE,
    };
  });
  // Rankable rows have evaluations, hence both rates.
  const ranked = scored
    .filter(
      (r): r is (typeof scored)[number] & { sat: number; bad: number } =>
        r.rankable && r.sat !== null && r.bad !== null,
    )
    .sort((a, b) => b.sat - a.sat || a.bad - b.bad);
  const ranks = new Map<string, number>();
  let place = 0;
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    // Equal on both rates: the rank of the row before.
    if (!(prev && prev.sat === r.sat && prev.bad === r.bad)) place = i + 1;
    ranks.set(r.id, place);
  });
  const rest = scored
    .filter((r) => !r.rankable)
    .sort((a, b) => b.evaluations - a.evaluations || a.name.localeCompare(b.name));
  return [...ranked, ...rest].map(({ id, name, evaluations, satisfactionRate, badRate }) => ({
    id,
    name,
    evaluations,
    satisfactionRate,
    badRate,
    rank: ranks.get(id) ?? null,
  }));
}

/**
 * Whether from…to is one whole calendar month, quarter or year (dates YYYY-MM-DD, both ends
 * included). Everyone but the office sees figures for such periods only: two custom ranges one
 * day apart would tell how that day's one applicant rated (DOMAIN.md §5, docs/privacy.md).
 */
export function isCalendarPeriod(from: string, to: string): boolean {
  const f = /^(\d{4})-(\d{2})-01$/.exec(from);
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!f || !t || f[1] !== t[1]) return false;
  const year = Number(f[1]);
  const first = Number(f[2]);
  const last = Number(t[2]);
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  if (Number(t[3]) !== lastDay) return false;
  if (first === last) return true;
  if (first === 1 && last === 12) return true;
  return (first - 1) % 3 === 0 && last === first + 2;
}

/** 回访率 and 差评整改率 over the period's 差评 (levels 1 and 2), as the overview shows them. */
export function followupFigures(
  e: EvaluationAggregate,
  f: FollowupFigures,
  viewer: 'office' | 'restricted',
): StatsOverviewOutput['followups'] {
  if (viewer === 'restricted' && e.count < MIN_SAMPLE) return null;
  const bad = e.levels[1] + e.levels[2];
  return {
    bad,
    followedUp: f.followedUp,
    followupRate: round4(ratio(f.followedUp, bad)),
    disposed: f.disposed,
    disposalRate: round4(ratio(f.disposed, bad)),
    reached: f.reached,
    classifications: Object.entries(f.byClassification)
      .map(([key, count]) => ({ name: CLASSIFICATION_LABELS[key as FollowupClassification] ?? key, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    excluded: viewer === 'office' ? f.excluded : null,
  };
}
