/** Rectification items in CloudBase: `_id` = the item id; a transition is one transaction with its notices. */
import type { Rectification, RectificationStore } from '../../ports/rectifications';
import type { CloudDb, CloudDoc } from './cloud-db';
import { txGet, writeFollowers } from './cloudbase-complaints';
import { stored } from './documents';
import { dueBySweepTime, setIfVersion, versioned } from './cloud-versioned';

const PAGE = 1000;
const date = (v: unknown) => (v == null ? null : new Date(v as string | Date));

function toRectification(d: CloudDoc): Rectification {
  const f = stored<Rectification>(d);
  return {
    ...f,
    entries: (f.entries ?? []).map((e) => ({ ...e, at: new Date(e.at) })),
    createdAt: new Date(f.createdAt),
    updatedAt: new Date(f.updatedAt),
    verifiedAt: date(f.verifiedAt),
    nextSweepAt: date(f.nextSweepAt),
  };
}

export function cloudbaseRectifications(db: CloudDb): RectificationStore {
  const col = () => db.collection('rectifications');
  return {
    async create(r, outbox) {
      const { data } = await col().where({ createdBy: r.createdBy, requestId: r.requestId }).limit(1).get();
      if (data.length) return { created: false, row: toRectification(data[0]) };
      return db.runTransaction(async (tx) => {
        const existing = await txGet(tx, 'rectifications', r.id);
        if (existing) return { created: false, row: toRectification(existing) };
        await tx
          .collection('rectifications')
          .doc(r.id)
          .set({ data: { ...r } });
        await writeFollowers(tx, r.version, [], outbox);
        return { created: true, row: r };
      });
    },
    async byId(id) {
      const { data } = await col().where({ _id: id }).limit(1).get();
      return data.length ? toRectification(data[0]) : null;
    },
    async list(f, limit) {
      const where: CloudDoc = {};
      if (f.ownerDepartmentId) where.ownerDepartmentId = f.ownerDepartmentId;
      if (f.ownerStaffId) where.ownerStaffId = f.ownerStaffId;
      if (f.statuses) where.status = db.command.in(f.statuses);
      const { data } = await col()
        .where(where)
        .orderBy('dueOn', 'asc')
        .orderBy('id', 'asc')
        .limit(Math.min(limit, PAGE))
        .get();
      return data.map(toRectification);
    },
    transition: (next, outbox) =>
      versioned(db, async (tx) => {
        await setIfVersion(tx, 'rectifications', next);
        await writeFollowers(tx, next.version, [], outbox);
        return next;
      }),
    dueForSweep: dueBySweepTime(db, 'rectifications', toRectification, PAGE),
  };
}
