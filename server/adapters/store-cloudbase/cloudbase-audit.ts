/** The audit trail in CloudBase: documents are added by id, never updated (the port has no update). */
import type { AuditEntry, AuditStore } from '../../ports/audit';
import type { CloudDb, CloudDoc } from './cloud-db';
import { stored } from './documents';

function toEntry(d: CloudDoc): AuditEntry {
  const f = stored<AuditEntry>(d);
  return {
    ...f,
    at: new Date(f.at),
    actorStaffId: f.actorStaffId ?? null,
    before: f.before ?? null,
    after: f.after ?? null,
  };
}

export function cloudbaseAudit(db: CloudDb): AuditStore {
  const col = () => db.collection('audit_log');
  return {
    async append(e) {
      try {
        await col().add({ data: { _id: e.id, ...e } });
      } catch (err) {
        // Added before (a retried request): the first entry stands.
        const { data } = await col().where({ _id: e.id }).limit(1).get();
        if (!data.length) throw err;
      }
    },
    async list(q, after, limit) {
      const at: CloudDoc = {};
      if (q.from) at.$gte = q.from;
      if (q.to) at.$lt = q.to;
      const match: CloudDoc = {
        ...(Object.keys(at).length ? { at } : {}),
        ...(q.actorStaffId ? { actorStaffId: q.actorStaffId } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
      };
      if (after) match.$or = [{ at: { ...at, $lt: after.at } }, { at: after.at, id: { $lt: after.id } }];
      const { data } = await col()
        .aggregate([{ $match: match }, { $sort: { at: -1, id: -1 } }, { $limit: limit }])
        .end();
      const rows = data.map(toEntry);
      const last = rows[rows.length - 1];
      return { rows, next: rows.length === limit && last ? { at: last.at, id: last.id } : null };
    },
  };
}
