/**
 * Follow-ups (差评回访) and appeals (申诉复核) in CloudBase: `_id` = the entity id (a follow-up's
 * is derived from its evaluation, so one per evaluation holds by key); a change is one
 * transaction with its notices and effects. One limit of the platform: "one pending appeal per
 * evaluation" is checked just before the transaction, not inside it (transactions read by `_id`
 * only) — two appeals of one 差评 sent in the same instant could both stand; the office decides
 * each, and the figures flag the evaluation once either way.
 */
import type { Appeal, AppealStore, Followup, FollowupStore } from '../../ports/followups';
import type { CloudDb, CloudDoc } from './cloud-db';
import { txGet, writeFollowers } from './cloudbase-complaints';
import { stored } from './documents';
import { dueBySweepTime, setIfVersion, versioned } from './cloud-versioned';

const PAGE = 1000;
const date = (v: unknown) => (v == null ? null : new Date(v as string | Date));

function toFollowup(d: CloudDoc): Followup {
  const f = stored<Followup>(d);
  return {
    ...f,
    dueAt: new Date(f.dueAt),
    record: f.record ? { ...f.record, at: new Date(f.record.at) } : null,
    rectifiedAt: date(f.rectifiedAt),
    entries: (f.entries ?? []).map((e) => ({ ...e, at: new Date(e.at) })),
    nextSweepAt: date(f.nextSweepAt),
    ladderStep: f.ladderStep ?? 0,
    coveringFor: f.coveringFor ?? null,
    createdAt: new Date(f.createdAt),
    updatedAt: new Date(f.updatedAt),
    closedAt: date(f.closedAt),
  };
}

function toAppeal(d: CloudDoc): Appeal {
  const a = stored<Appeal>(d);
  return {
    ...a,
    dueAt: new Date(a.dueAt),
    decidedAt: date(a.decidedAt),
    nextSweepAt: date(a.nextSweepAt),
    createdAt: new Date(a.createdAt),
    updatedAt: new Date(a.updatedAt),
  };
}

export function cloudbaseFollowups(db: CloudDb): FollowupStore {
  const col = () => db.collection('followups');
  const one = async (where: CloudDoc) => {
    const { data } = await col().where(where).limit(1).get();
    return data.length ? toFollowup(data[0]) : null;
  };
  return {
    create: (f, outbox) =>
      db.runTransaction(async (tx) => {
        const existing = await txGet(tx, 'followups', f.id);
        if (existing) return { created: false, row: toFollowup(existing) };
        await tx
          .collection('followups')
          .doc(f.id)
          .set({ data: { ...f } });
        await writeFollowers(tx, f.version, [], outbox);
        return { created: true, row: f };
      }),
    byId: (id) => one({ _id: id }),
    byEvaluation: (evaluationId) => one({ evaluationId }),
    async byEvaluations(ids) {
      if (!ids.length) return [];
      const { data } = await col()
        .where({ evaluationId: db.command.in(ids) })
        .limit(PAGE)
        .get();
      return data.map(toFollowup);
    },
    async inbox(scope, tab, after, limit) {
      const where: CloudDoc = { staffId: { $ne: scope.readerStaffId } };
      if (!scope.all) {
        where.$or = [
          { assigneeStaffId: scope.assigneeStaffId },
          { assigneeStaffId: { $ne: null }, departmentId: { $in: scope.headOfDepartmentIds } },
        ];
      }
      const counts = (
        await col()
          .aggregate([{ $match: where }, { $group: { _id: '$status', n: { $sum: 1 } } }])
          .end()
      ).data;
      const recent = tab.order === 'recent';
      const key = recent ? 'updatedAt' : 'dueAt';
      const page: CloudDoc[] = [where, { status: { $in: [...tab.statuses] } }];
      if (after) {
        const beyond = recent ? '$lt' : '$gt';
        page.push({ $or: [{ [key]: { [beyond]: after.at } }, { [key]: after.at, id: { [beyond]: after.id } }] });
      }
      const direction = recent ? -1 : 1;
      const { data } = await col()
        .aggregate([{ $match: { $and: page } }, { $sort: { [key]: direction, id: direction } }, { $limit: limit }])
        .end();
      const rows = data.map(toFollowup);
      const last = rows[rows.length - 1];
      return {
        rows,
        next: rows.length === limit && last ? { at: recent ? last.updatedAt : last.dueAt, id: last.id } : null,
        counts: Object.fromEntries(counts.map((c) => [String(c._id), Number(c.n)])),
      };
    },
    transition: (next, outbox, effects) =>
      versioned(db, async (tx) => {
        await setIfVersion(tx, 'followups', next);
        const appeal = effects?.appeal;
        if (appeal && !(await txGet(tx, 'appeals', appeal.id)))
          await tx
            .collection('appeals')
            .doc(appeal.id)
            .set({ data: { ...appeal } });
        await writeFollowers(tx, next.version, [], outbox);
        return next;
      }),
    dueForSweep: dueBySweepTime(db, 'followups', toFollowup, PAGE),
    purgeContacts: async (closedBefore) =>
      (
        await col()
          .where({ closedAt: db.command.lt(closedBefore), callbackPhone: db.command.neq(null) })
          .update({ data: { callbackPhone: null } })
      ).stats.updated,
    async figures(s) {
      const match: CloudDoc = {
        createdAt: { $gte: s.from, $lt: s.to },
        ...(s.departmentId ? { departmentId: s.departmentId } : {}),
        ...(s.windowId ? { windowId: s.windowId } : {}),
        ...(s.staffId ? { staffId: s.staffId } : {}),
        ...(s.matterId ? { matterId: s.matterId } : {}),
      };
      // Excluded evaluations are few (upheld appeals): read their ids, then leave them out.
      const excluded = new Set(
        (
          await db
            .collection('evaluations')
            .aggregate([{ $match: { ...match, excluded: true } }, { $project: { id: 1 } }])
            .end()
        ).data.map((d) => String(d.id)),
      );
      const rows = (
        await col()
          .aggregate([{ $match: match }, { $project: { evaluationId: 1, status: 1, record: 1, rectifiedAt: 1 } }])
          .end()
      ).data
        .map((d) => stored<Pick<Followup, 'evaluationId' | 'status' | 'record' | 'rectifiedAt'>>(d))
        .filter((r) => !excluded.has(r.evaluationId));
      const byClassification: Record<string, number> = {};
      let followedUp = 0;
      let disposed = 0;
      let reached = 0;
      for (const r of rows) {
        if (!r.record) continue;
        followedUp++;
        byClassification[r.record.classification] = (byClassification[r.record.classification] ?? 0) + 1;
        if (r.record.callback === 'reached') reached++;
        if (r.record.disposal !== 'rectify' || r.rectifiedAt) disposed++;
      }
      return {
        opened: rows.filter((r) => r.status !== 'withdrawn').length,
        followedUp,
        disposed,
        reached,
        byClassification,
        excluded: excluded.size,
      };
    },
  };
}

export function cloudbaseAppeals(db: CloudDb): AppealStore {
  const col = () => db.collection('appeals');
  const list = async (where: CloudDoc, limit: number, direction: 'asc' | 'desc') =>
    (
      await col()
        .where(where)
        .orderBy('createdAt', direction)
        .orderBy('id', direction)
        .limit(Math.min(limit, PAGE))
        .get()
    ).data.map(toAppeal);
  const targetOf = (a: Pick<Appeal, 'evaluationId' | 'complaintId'>): CloudDoc =>
    a.evaluationId ? { evaluationId: a.evaluationId } : { complaintId: a.complaintId };
  return {
    async create(a, outbox) {
      const [same] = await list({ byStaffId: a.byStaffId, requestId: a.requestId }, 1, 'asc');
      if (same) return { created: false, row: same, conflict: 'request' };
      const [pending] = await list({ ...targetOf(a), status: 'pending' }, 1, 'asc');
      if (pending) return { created: false, row: pending, conflict: 'pending' };
      return db.runTransaction(async (tx) => {
        const existing = await txGet(tx, 'appeals', a.id);
        if (existing) return { created: false as const, row: toAppeal(existing), conflict: 'request' as const };
        await tx
          .collection('appeals')
          .doc(a.id)
          .set({ data: { ...a } });
        await writeFollowers(tx, a.version, [], outbox);
        return { created: true as const, row: a };
      });
    },
    async byId(id) {
      const [a] = await list({ _id: id }, 1, 'asc');
      return a ?? null;
    },
    list: (f, limit) =>
      list(
        { ...(f.status ? { status: f.status } : {}), ...(f.byStaffId ? { byStaffId: f.byStaffId } : {}) },
        limit,
        'desc',
      ),
    of: (t) => list({ ...t }, PAGE, 'asc'),
    async transition(next, outbox, effects) {
      // Evaluations and complaints are keyed by a uniqueness rule, not their id: find the key
      // first (it never changes), then flag the document inside the transaction.
      const ex = effects?.exclude;
      const excludedDoc = ex
        ? await (async () => {
            const [name, id] = 'evaluationId' in ex ? ['evaluations', ex.evaluationId] : ['complaints', ex.complaintId];
            const { data } = await db.collection(name).where({ id }).limit(1).get();
            return data.length ? { name, key: String(data[0]._id) } : null;
          })()
        : null;
      return versioned(db, async (tx) => {
        await setIfVersion(tx, 'appeals', next);
        if (effects?.followup) await setIfVersion(tx, 'followups', effects.followup);
        if (excludedDoc) {
          const doc = await txGet(tx, excludedDoc.name, excludedDoc.key);
          if (doc)
            await tx
              .collection(excludedDoc.name)
              .doc(excludedDoc.key)
              .set({ data: { ...stored<CloudDoc>(doc), excluded: true, excludedByAppeal: next.id } });
        }
        await writeFollowers(tx, next.version, [], outbox);
        return next;
      });
    },
    dueForSweep: dueBySweepTime(db, 'appeals', toAppeal, PAGE),
  };
}
