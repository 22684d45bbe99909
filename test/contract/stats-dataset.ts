/**
 * A generated month of evaluations and complaints (seeded, so every adapter gets the same rows),
 * and the figures computed from those raw rows in plain code — independently of any store.
 */
import type { Complaint } from '../../server/ports/complaint-store';
import type { Evaluation } from '../../server/ports/store';
import type { ComplaintAggregate, EvaluationAggregate, StatsFilter } from '../../server/ports/stats';
import { complaint, dept, dept2, evaluation, head, matter1, staffA, staffB, window1 } from '../support/fixtures';

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 3600 * 1000;
const START = Date.UTC(2026, 10, 1) - 8 * 3600 * 1000; // 2026-11-01 00:00 Shanghai
export const NOW = new Date(START + 32 * DAY);

export function dataset() {
  const rnd = prng(20261124);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const people = [staffA, staffB, head];
  const evaluations: Evaluation[] = [];
  for (let i = 0; i < 240; i++) {
    const s = pick(people);
    const at = new Date(START + Math.floor(rnd() * 30 * DAY));
    const dims: Record<string, number> = {};
    for (const d of ['attitude', 'timeliness', 'accuracy']) if (rnd() < 0.6) dims[d] = 1 + Math.floor(rnd() * 5);
    const tags = ['态度生硬', '办事拖拉', '解释不清', '热情周到'].filter(() => rnd() < 0.3);
    const level = 1 + Math.floor(rnd() * 5);
    // One in eight was amended from another level (a 差评 raised among them).
    const firstLevel = i % 8 === 3 ? 1 + ((level + 1 + (i % 3)) % 5) : level;
    evaluations.push(
      evaluation({
        id: `EVALGEN${String(i).padStart(6, '0')}`,
        subjectHash: `subj-gen-${i}`,
        requestId: `req-gen-${i}-xxxx`,
        target: 'window',
        cardId: null,
        windowId: rnd() < 0.5 ? window1.id : null,
        staffId: s.id,
        matterId: rnd() < 0.4 ? matter1.id : null,
        departmentId: rnd() < 0.8 ? dept.id : dept2.id,
        visitKey: `window:${window1.id}:${i}`,
        level,
        firstLevel,
        levelChanges: firstLevel === level ? 0 : 1,
        earlier: firstLevel === level ? [] : [{ level: firstLevel, at }],
        dimensions: dims,
        tags,
        comment: rnd() < 0.3 ? `意见 ${i}` : '',
        createdAt: at,
        updatedAt: at,
      }),
    );
  }
  const complaints: Complaint[] = [];
  for (let i = 0; i < 60; i++) {
    const s = pick(people);
    const at = new Date(START + Math.floor(rnd() * 31 * DAY));
    const due = new Date(at.getTime() + 7 * DAY);
    const answered = rnd() < 0.7;
    const repliedAt = answered ? new Date(at.getTime() + Math.floor(rnd() * 10 * DAY)) : null;
    const reopened = answered && rnd() < 0.25;
    const status = !answered
      ? rnd() < 0.15
        ? 'rejected'
        : 'pending'
      : reopened
        ? 'pending'
        : pick(['replied', 'closed'] as const);
    const rating = status === 'closed' ? pick(['satisfied', 'basic', 'none'] as const) : null;
    const category = pick(['服务态度', '办事效率', '廉洁问题', '其他']);
    complaints.push(
      complaint({
        id: `CMPLGEN${String(i).padStart(6, '0')}`,
        trackingNo: `TS2611GN-${String(i).padStart(4, '0')}`,
        subjectHash: `subj-c-${i}`,
        requestId: `req-cgen-${i}-xxxx`,
        source: 'department',
        cardId: null,
        windowId: rnd() < 0.5 ? window1.id : null,
        departmentId: rnd() < 0.8 ? dept.id : dept2.id,
        staffId: s.id,
        matterId: rnd() < 0.4 ? matter1.id : null,
        status,
        replyDueAt: reopened ? new Date(due.getTime() + 10 * DAY) : due,
        firstReplyDueAt: due,
        firstRepliedAt: repliedAt,
        reply: repliedAt && !reopened ? { content: '已处理', byStaffId: s.id, at: repliedAt } : null,
        reopenCount: reopened ? 1 : 0,
        rating,
        category,
        createdAt: at,
        updatedAt: at,
        nextSweepAt: null,
      }),
    );
  }
  return { evaluations, complaints };
}

const inScope =
  (f: StatsFilter) =>
  (r: {
    createdAt: Date;
    departmentId: string;
    windowId: string | null;
    staffId: string | null;
    matterId: string | null;
  }) =>
    r.createdAt >= f.from &&
    r.createdAt < f.to &&
    (!f.matterId || r.matterId === f.matterId) &&
    (!f.departmentId || r.departmentId === f.departmentId) &&
    (!f.windowId || r.windowId === f.windowId) &&
    (!f.staffId || r.staffId === f.staffId);

export function expectedEvaluations(rows: Evaluation[], f: StatsFilter): EvaluationAggregate {
  const mine = rows.filter(inScope(f));
  const levels = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as EvaluationAggregate['levels'];
  const dimensions: EvaluationAggregate['dimensions'] = {};
  for (const e of mine) {
    levels[e.level as 1]++;
    for (const [k, v] of Object.entries(e.dimensions)) {
      dimensions[k] ??= { sum: 0, count: 0 };
      dimensions[k].sum += v;
      dimensions[k].count++;
    }
  }
  const amendments = {
    levelChanged: mine.filter((e) => e.levelChanges > 0).length,
    raisedFromBad: mine.filter((e) => e.firstLevel <= 2 && e.level > 2).length,
  };
  return { count: mine.length, levels, dimensions, amendments };
}

export function expectedComplaints(rows: Complaint[], f: StatsFilter, now: Date): ComplaintAggregate {
  const mine = rows.filter(inScope(f));
  const scopeOnly = inScope({ ...f, from: new Date(0), to: new Date(8.64e15) });
  const seconds = mine
    .filter((c) => c.firstRepliedAt)
    .map((c) => Math.floor((c.firstRepliedAt!.getTime() - c.createdAt.getTime()) / 1000))
    .sort((a, b) => a - b);
  const categories: Record<string, number> = {};
  for (const c of mine) categories[c.category] = (categories[c.category] ?? 0) + 1;
  const rated = (r: string) => mine.filter((c) => c.rating === r).length;
  return {
    extended: mine.filter((c) => c.extension?.status === 'approved').length,
    replySecondsSum: seconds.reduce((a, b) => a + b, 0),
    // Nearest rank: the smallest value with at least 90 % of the values at or below it.
    replySecondsP90: seconds.length ? seconds[Math.ceil(seconds.length * 0.9) - 1] : null,
    ratings: {
      satisfied: rated('satisfied'),
      basic: rated('basic'),
      unsatisfied: mine.reduce((n, c) => n + c.reopenCount, 0),
    },
    categories,
    count: mine.length,
    replied: mine.filter((c) => c.firstRepliedAt).length,
    repliedOnTime: mine.filter((c) => c.firstRepliedAt && c.firstRepliedAt <= c.firstReplyDueAt).length,
    lateUnreplied: mine.filter((c) => !c.firstRepliedAt && c.status === 'pending' && c.firstReplyDueAt < now).length,
    reopened: mine.filter((c) => c.firstRepliedAt && c.reopenCount > 0).length,
    overdueNow: rows.filter((c) => scopeOnly(c) && c.status === 'pending' && c.replyDueAt < now).length,
  };
}

export const FILTERS: [string, StatsFilter][] = [
  ['the whole month', { from: new Date(START), to: new Date(START + 30 * DAY) }],
  [
    'one department, second half',
    { from: new Date(START + 15 * DAY), to: new Date(START + 30 * DAY), departmentId: dept.id },
  ],
  ['one staff member', { from: new Date(START), to: new Date(START + 31 * DAY), staffId: staffB.id }],
  [
    'a window in a department',
    { from: new Date(START), to: new Date(START + 31 * DAY), departmentId: dept.id, windowId: window1.id },
  ],
  [
    'a department with a staff member',
    { from: new Date(START + 3 * DAY), to: new Date(START + 10 * DAY), departmentId: dept2.id, staffId: head.id },
  ],
  ['one matter', { from: new Date(START), to: new Date(START + 31 * DAY), matterId: matter1.id }],
  ['an empty period', { from: new Date(START - 60 * DAY), to: new Date(START - 30 * DAY) }],
];

/** Reason tags on evaluations at levels 1–2. */
export function expectedBadReasons(rows: Evaluation[], f: StatsFilter) {
  const out: Record<string, number> = {};
  for (const e of rows.filter(inScope(f))) if (e.level <= 2) for (const t of e.tags) out[t] = (out[t] ?? 0) + 1;
  return out;
}

/** Level counts per Shanghai day, from the raw timestamps. */
export function expectedLevelsByDay(rows: Evaluation[], f: StatsFilter) {
  const out: Record<string, EvaluationAggregate['levels']> = {};
  for (const e of rows.filter(inScope(f))) {
    const day = new Date(e.createdAt.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    out[day] ??= { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    out[day][e.level as 1]++;
  }
  return out;
}

export function expectedLevelsBy(field: 'departmentId' | 'windowId' | 'staffId', rows: Evaluation[], f: StatsFilter) {
  const out: Record<string, EvaluationAggregate['levels']> = {};
  for (const e of rows.filter(inScope(f))) {
    const key = e[field];
    if (!key) continue;
    out[key] ??= { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    out[key][e.level as 1]++;
  }
  return out;
}
