/** Aggregates in the CloudBase database: raw pipelines ($match on the period and scope, $group). */
import { SHANGHAI_OFFSET_MS } from '../../contract/dates';
import type { StatsFilter, StatsStore } from '../../ports/stats';
import { cardFigures } from '../../domain/stats.figures';
import type { CloudDb, CloudDoc } from './cloud-db';

function match(f: StatsFilter): CloudDoc {
  return {
    createdAt: { $gte: f.from, $lt: f.to },
    // An upheld appeal's evaluation or complaint is kept, and counted in no figure.
    excluded: { $ne: true },
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.windowId ? { windowId: f.windowId } : {}),
    ...(f.staffId ? { staffId: f.staffId } : {}),
    ...(f.matterId ? { matterId: f.matterId } : {}),
  };
}

const count = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
// $ifNull: documents written before the field existed have it missing, which is not null in $ne.
const replied = { $ne: [{ $ifNull: ['$firstRepliedAt', null] }, null] };

export function cloudbaseStats(db: CloudDb): StatsStore {
  const run = async (collection: string, pipeline: CloudDoc[]) =>
    (await db.collection(collection).aggregate(pipeline).end()).data;
  return {
    async evaluations(f) {
      const [levels, dims, [amended]] = await Promise.all([
        run('evaluations', [{ $match: match(f) }, { $group: { _id: '$level', n: { $sum: 1 } } }]),
        run('evaluations', [
          { $match: match(f) },
          { $project: { d: { $objectToArray: '$dimensions' } } },
          { $unwind: '$d' },
          { $group: { _id: '$d.k', sum: { $sum: '$d.v' }, n: { $sum: 1 } } },
        ]),
        run('evaluations', [
          { $match: match(f) },
          {
            $group: {
              _id: null,
              // Documents written before amendments were kept have no firstLevel: their level is the first.
              changed: count({ $gt: [{ $ifNull: ['$levelChanges', 0] }, 0] }),
              raised: count({ $and: [{ $lte: [{ $ifNull: ['$firstLevel', '$level'] }, 2] }, { $gt: ['$level', 2] }] }),
            },
          },
        ]),
      ]);
      const out = {
        count: 0,
        levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
        dimensions: {} as Record<string, { sum: number; count: number }>,
        amendments: { levelChanged: Number(amended?.changed ?? 0), raisedFromBad: Number(amended?.raised ?? 0) },
      };
      for (const r of levels) {
        out.levels[Number(r._id) as 1] = Number(r.n);
        out.count += Number(r.n);
      }
      for (const r of dims) out.dimensions[String(r._id)] = { sum: Number(r.sum), count: Number(r.n) };
      return out;
    },
    async levelsBy(field, f) {
      const rows = await run('evaluations', [
        { $match: { ...match(f), [field]: f[field] ?? { $ne: null } } },
        { $group: { _id: { k: `$${field}`, l: '$level' }, n: { $sum: 1 } } },
      ]);
      const out: Record<string, { 1: number; 2: number; 3: number; 4: number; 5: number }> = {};
      for (const r of rows) {
        const { k, l } = r._id as { k: string; l: number };
        out[k] ??= { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
        out[k][Number(l) as 1] = Number(r.n);
      }
      return out;
    },
    async levelsByDay(f) {
      const rows = await run('evaluations', [
        { $match: match(f) },
        // Shanghai has kept UTC+8 without daylight saving since 1991: a fixed shift names its day.
        {
          $project: {
            level: 1,
            day: { $dateToString: { date: { $add: ['$createdAt', SHANGHAI_OFFSET_MS] }, format: '%Y-%m-%d' } },
          },
        },
        { $group: { _id: { d: '$day', l: '$level' }, n: { $sum: 1 } } },
      ]);
      const out: Record<string, { 1: number; 2: number; 3: number; 4: number; 5: number }> = {};
      for (const r of rows) {
        const { d, l } = r._id as { d: string; l: number };
        out[d] ??= { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
        out[d][Number(l) as 1] = Number(r.n);
      }
      return out;
    },
    async recentComments(f, limit) {
      const rows = await run('evaluations', [
        { $match: { ...match(f), comment: { $nin: ['', null] } } },
        { $sort: { createdAt: -1, id: -1 } },
        { $limit: limit },
        { $project: { _id: 0, createdAt: 1, departmentId: 1, windowId: 1, staffId: 1, level: 1, tags: 1, comment: 1 } },
      ]);
      return rows.map((r) => ({
        createdAt: new Date(r.createdAt as Date),
        departmentId: String(r.departmentId),
        windowId: (r.windowId ?? null) as string | null,
        staffId: (r.staffId ?? null) as string | null,
        level: Number(r.level),
        tags: (r.tags ?? []) as string[],
        comment: String(r.comment),
      }));
    },
    async badReasons(f) {
      const rows = await run('evaluations', [
        { $match: { ...match(f), level: { $lte: 2 } } },
        { $unwind: '$tags' },
        { $group: { _id: '$tags', n: { $sum: 1 } } },
      ]);
      return Object.fromEntries(rows.map((r) => [String(r._id), Number(r.n)]));
    },
    async cards(f, now) {
      const scope: CloudDoc = {
        ...(f.departmentId ? { departmentId: f.departmentId } : {}),
        ...(f.windowId ? { windowId: f.windowId } : {}),
        ...(f.staffId ? { staffId: f.staffId } : {}),
        ...(f.matterId ? { matterId: f.matterId } : {}),
      };
      const [[row], overdue] = await Promise.all([
        run('cards', [
          { $match: { ...scope, issuedAt: { $gte: f.from, $lt: f.to } } },
          {
            $group: {
              _id: null,
              issued: { $sum: 1 },
              completed: count({ $eq: ['$status', 'completed'] }),
              onTime: count({ $and: [{ $eq: ['$status', 'completed'] }, { $lte: ['$completedAt', '$dueAt'] }] }),
              supplements: count({ $ne: [{ $ifNull: ['$supplement', null] }, null] }),
              returned: count({ $eq: ['$status', 'returned'] }),
            },
          },
        ]),
        // Like a complaint's, an open card past due counts today however long ago it was issued.
        db
          .collection('cards')
          .where({ ...scope, status: 'accepted', dueAt: db.command.lt(now) })
          .count(),
      ]);
      return cardFigures({
        issued: Number(row?.issued ?? 0),
        completed: Number(row?.completed ?? 0),
        completedOnTime: Number(row?.onTime ?? 0),
        supplements: Number(row?.supplements ?? 0),
        returned: Number(row?.returned ?? 0),
        openOverdue: overdue.total,
      });
    },
    async complaints(f, now) {
      // $ifNull keeps the expression defined for unanswered cases (a $cond may evaluate both branches).
      const replySeconds = {
        $floor: { $divide: [{ $subtract: [{ $ifNull: ['$firstRepliedAt', '$createdAt'] }, '$createdAt'] }, 1000] },
      };
      const [[row], categories] = await Promise.all([
        run('complaints', [
          { $match: match(f) },
          {
            $group: {
              _id: null,
              count: { $sum: 1 },
              replied: count(replied),
              onTime: count({ $and: [replied, { $lte: ['$firstRepliedAt', '$firstReplyDueAt'] }] }),
              lateUnreplied: count({
                $and: [{ $not: [replied] }, { $eq: ['$status', 'pending'] }, { $lt: ['$firstReplyDueAt', now] }],
              }),
              reopened: count({ $and: [replied, { $gt: ['$reopenCount', 0] }] }),
              replySum: { $sum: { $cond: [replied, replySeconds, 0] } },
              // The p90 needs the values; a period's answered cases are few enough to carry back.
              replyTimes: { $push: { $cond: [replied, replySeconds, null] } },
              satisfied: count({ $eq: ['$rating', 'satisfied'] }),
              basic: count({ $eq: ['$rating', 'basic'] }),
              unsatisfied: { $sum: '$reopenCount' },
              extended: count({ $eq: [{ $ifNull: ['$extension.status', null] }, 'approved'] }),
            },
          },
        ]),
        run('complaints', [{ $match: match(f) }, { $group: { _id: '$category', n: { $sum: 1 } } }]),
      ]);
      const open: CloudDoc = { status: 'pending', replyDueAt: db.command.lt(now) };
      if (f.departmentId) open.departmentId = f.departmentId;
      if (f.windowId) open.windowId = f.windowId;
      if (f.staffId) open.staffId = f.staffId;
      if (f.matterId) open.matterId = f.matterId;
      const overdue = await db.collection('complaints').where(open).count();
      const times = ((row?.replyTimes ?? []) as (number | null)[])
        .filter((t): t is number => t !== null)
        .sort((a, b) => a - b);
      return {
        count: Number(row?.count ?? 0),
        replySecondsSum: Number(row?.replySum ?? 0),
        replySecondsP90: times.length ? times[Math.ceil(0.9 * times.length) - 1] : null,
        ratings: {
          satisfied: Number(row?.satisfied ?? 0),
          basic: Number(row?.basic ?? 0),
          unsatisfied: Number(row?.unsatisfied ?? 0),
        },
        categories: Object.fromEntries(categories.map((r) => [String(r._id), Number(r.n)])),
        replied: Number(row?.replied ?? 0),
        repliedOnTime: Number(row?.onTime ?? 0),
        lateUnreplied: Number(row?.lateUnreplied ?? 0),
        reopened: Number(row?.reopened ?? 0),
        extended: Number(row?.extended ?? 0),
        overdueNow: overdue.total,
      };
    },
  };
}
