/** The audit trail over SQL: inserts only (the table's trigger refuses anything else). */
import type { AuditEntry, AuditStore } from '../../ports/audit';
import type { RowOf, SqlClient } from './sql-client';

type Row = RowOf<AuditEntry>;
const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: new Date(r.at),
  actorStaffId: r.actor_staff_id,
  actorName: r.actor_name,
  kind: r.kind,
  target: r.target,
  summary: r.summary,
  before: r.before ?? null,
  after: r.after ?? null,
});
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export function sqlAudit(db: SqlClient): AuditStore {
  return {
    async append(e) {
      await db.query(
        `INSERT INTO audit_log (id, at, actor_staff_id, actor_name, kind, target, summary, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
        [e.id, e.at, e.actorStaffId, e.actorName, e.kind, e.target, e.summary, json(e.before), json(e.after)],
      );
    },
    async list(q, after, limit) {
      const params: unknown[] = [];
      const where: string[] = [];
      const add = (clause: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(clause(`$${params.length}`));
      };
      if (q.from) add((p) => `at >= ${p}`, q.from);
      if (q.to) add((p) => `at < ${p}`, q.to);
      if (q.actorStaffId) add((p) => `actor_staff_id = ${p}`, q.actorStaffId);
      if (q.kind) add((p) => `kind = ${p}`, q.kind);
      if (after) {
        params.push(after.at, after.id);
        where.push(`(at, id) < ($${params.length - 1}, $${params.length})`);
      }
      const rows = await db.query<Row>(
        `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ${Number(limit)}`,
        params,
      );
      const entries = rows.map(toEntry);
      const last = entries[entries.length - 1];
      return { rows: entries, next: entries.length === limit && last ? { at: last.at, id: last.id } : null };
    },
  };
}
