/** 责任追究 records over SQL. */
import type { AccountabilityRecord, AccountabilityStore } from '../../ports/accountability';
import type { RowOf, SqlClient } from './sql-client';

type Row = RowOf<AccountabilityRecord>;
const toRecord = (r: Row): AccountabilityRecord => ({
  id: r.id,
  staffId: r.staff_id,
  kind: r.kind,
  decidedOn: r.decided_on,
  complaintId: r.complaint_id,
  reason: r.reason,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  requestId: r.request_id,
});

export function sqlAccountability(db: SqlClient): AccountabilityStore {
  return {
    async add(r) {
      const [row] = await db.query<Row>(
        `INSERT INTO accountability_records (id, staff_id, kind, decided_on, complaint_id, reason, created_by, created_at, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING *`,
        [r.id, r.staffId, r.kind, r.decidedOn, r.complaintId, r.reason, r.createdBy, r.createdAt, r.requestId],
      );
      if (row) return { created: true, row: toRecord(row) };
      const [same] = await db.query<Row>(
        'SELECT * FROM accountability_records WHERE created_by = $1 AND request_id = $2',
        [r.createdBy, r.requestId],
      );
      return { created: false, row: toRecord(same) };
    },
    async forYear(year, staffId) {
      const params: unknown[] = [`${year}-01-01`, `${year}-12-31`];
      if (staffId) params.push(staffId);
      const rows = await db.query<Row>(
        `SELECT * FROM accountability_records WHERE decided_on >= $1 AND decided_on <= $2 ${staffId ? 'AND staff_id = $3' : ''}
         ORDER BY decided_on, created_at, id`,
        params,
      );
      return rows.map(toRecord);
    },
  };
}
