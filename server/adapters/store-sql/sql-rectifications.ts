/** Rectification items over SQL: versioned writes that commit with their notices. */
import type { Rectification, RectificationEntry, RectificationStore } from '../../ports/rectifications';
import type { RowOf, SqlClient } from './sql-client';
import { insertOutbox } from './sql-complaints';

/** `entries` is a JSON array: their instants come back as strings. */
type Row = RowOf<Omit<Rectification, 'entries'>> & { entries: (Omit<RectificationEntry, 'at'> & { at: string })[] };
const date = (v: unknown) => (v == null ? null : new Date(v as string));

const COLUMNS = [
  'id',
  'source_kind',
  'complaint_id',
  'source_note',
  'problem',
  'owner_department_id',
  'owner_staff_id',
  'plan',
  'due_on',
  'status',
  'entries',
  'created_by',
  'created_at',
  'updated_at',
  'verified_at',
  'next_sweep_at',
  'sweep_stage',
  'version',
  'request_id',
  'followup_id',
];

const params = (r: Rectification) => [
  r.id,
  r.sourceKind,
  r.complaintId,
  r.sourceNote,
  r.problem,
  r.ownerDepartmentId,
  r.ownerStaffId,
  r.plan,
  r.dueOn,
  r.status,
  JSON.stringify(r.entries),
  r.createdBy,
  r.createdAt,
  r.updatedAt,
  r.verifiedAt,
  r.nextSweepAt,
  r.sweepStage,
  r.version,
  r.requestId,
  r.followupId ?? null,
];

export const toRectification = (r: Row): Rectification => ({
  id: r.id,
  sourceKind: r.source_kind,
  complaintId: r.complaint_id,
  sourceNote: r.source_note,
  problem: r.problem,
  ownerDepartmentId: r.owner_department_id,
  ownerStaffId: r.owner_staff_id,
  plan: r.plan,
  dueOn: r.due_on,
  status: r.status,
  entries: r.entries.map((e) => ({ ...e, at: new Date(e.at) })),
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  verifiedAt: date(r.verified_at),
  nextSweepAt: date(r.next_sweep_at),
  sweepStage: r.sweep_stage,
  version: Number(r.version),
  requestId: r.request_id,
  followupId: r.followup_id ?? null,
});

export function sqlRectifications(db: SqlClient): RectificationStore {
  const list = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  const updateSql = `UPDATE rectifications SET ${COLUMNS.slice(1)
    .map((c, i) => `${c} = $${i + 2}`)
    .join(', ')}
    WHERE id = $1 AND version = $${COLUMNS.length + 1} RETURNING *`;
  return {
    create: (r, outbox) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<Row>(
          `INSERT INTO rectifications (${COLUMNS.join(', ')}) VALUES (${list}) ON CONFLICT DO NOTHING RETURNING *`,
          params(r),
        );
        if (row) {
          await insertOutbox(tx, outbox);
          return { created: true, row: toRectification(row) };
        }
        const [same] = await tx.query<Row>('SELECT * FROM rectifications WHERE created_by = $1 AND request_id = $2', [
          r.createdBy,
          r.requestId,
        ]);
        if (!same) throw new Error(`rectification ${r.id} exists under another request`);
        return { created: false, row: toRectification(same) };
      }),
    byId: async (id) => {
      const [r] = await db.query<Row>('SELECT * FROM rectifications WHERE id = $1', [id]);
      return r ? toRectification(r) : null;
    },
    list: async (f, limit) => {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        values.push(value);
        where.push(clause.replace('?', `$${values.length}`));
      };
      if (f.ownerDepartmentId) add('owner_department_id = ?', f.ownerDepartmentId);
      if (f.ownerStaffId) add('owner_staff_id = ?', f.ownerStaffId);
      if (f.statuses) add('status = ANY(?)', f.statuses);
      values.push(limit);
      const rows = await db.query<Row>(
        `SELECT * FROM rectifications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY due_on, id LIMIT $${values.length}`,
        values,
      );
      return rows.map(toRectification);
    },
    transition: (next, outbox) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<Row>(updateSql, [...params(next), next.version - 1]);
        if (!row) return null;
        await insertOutbox(tx, outbox);
        return toRectification(row);
      }),
    dueForSweep: async (now, limit) =>
      (
        await db.query<Row>(
          'SELECT * FROM rectifications WHERE next_sweep_at <= $1 ORDER BY next_sweep_at, id LIMIT $2',
          [now, limit],
        )
      ).map(toRectification),
  };
}
