/** Export jobs and keyset pages over SQL: each page is one indexed range read on (created_at, id). */
import type { ComplaintExportRow, EvaluationExportRow, ExportJob, ExportStore, PageCursor } from '../../ports/exports';
import type { StatsFilter } from '../../ports/stats';
import type { RowOf, SqlClient } from './sql-client';
import { scope } from './sql-stats';
const date = (v: unknown) => (v == null ? null : new Date(v as string));

const toJob = (r: RowOf<ExportJob>): ExportJob => ({
  id: r.id,
  kind: r.kind,
  requestedBy: r.requested_by,
  requestId: r.request_id,
  params: r.params,
  status: r.status,
  rowsDone: Number(r.rows_done),
  rowsTotal: Number(r.rows_total),
  fileId: r.file_id,
  fileName: r.file_name,
  size: Number(r.size),
  error: r.error,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const PATCH_COLUMNS = {
  status: 'status',
  rowsDone: 'rows_done',
  rowsTotal: 'rows_total',
  fileId: 'file_id',
  size: 'size',
  error: 'error',
  updatedAt: 'updated_at',
} as const;

/** The period and scope (the figures' own clause, sql-stats.ts) and the cursor, over `alias`. */
function where(f: StatsFilter, alias: string, after: PageCursor | null) {
  const { where, params } = scope(f, alias);
  if (!after) return { text: where, params };
  params.push(after.createdAt, after.id);
  return {
    text: `${where} AND (${alias}.created_at, ${alias}.id) > ($${params.length - 1}, $${params.length})`,
    params,
  };
}

function page<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const last = rows[rows.length - 1];
  return { rows, next: rows.length === limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

export function sqlExports(db: SqlClient): ExportStore {
  return {
    async start(job) {
      const inserted = await db.query<RowOf<ExportJob>>(
        `INSERT INTO export_jobs (id, kind, requested_by, request_id, params, status, rows_done, rows_total, file_id, file_name, size, error, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (id) DO NOTHING RETURNING *`,
        [
          job.id,
          job.kind,
          job.requestedBy,
          job.requestId,
          JSON.stringify(job.params),
          job.status,
          job.rowsDone,
          job.rowsTotal,
          job.fileId,
          job.fileName,
          job.size,
          job.error,
          job.createdAt,
          job.updatedAt,
        ],
      );
      if (inserted.length) return { created: true, job: toJob(inserted[0]) };
      const [existing] = await db.query<RowOf<ExportJob>>('SELECT * FROM export_jobs WHERE id = $1', [job.id]);
      return { created: false, job: toJob(existing) };
    },
    async get(id) {
      const [r] = await db.query<RowOf<ExportJob>>('SELECT * FROM export_jobs WHERE id = $1', [id]);
      return r ? toJob(r) : null;
    },
    async update(id, patch) {
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
      if (!entries.length) return;
      const sets = entries.map(([k], i) => `${PATCH_COLUMNS[k as keyof typeof PATCH_COLUMNS]} = $${i + 2}`);
      await db.query(`UPDATE export_jobs SET ${sets.join(', ')} WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
    },
    async evaluationsPage(f, after, limit) {
      const w = where(f, 'e', after);
      const rows = await db.query<RowOf<EvaluationExportRow>>(
        `SELECT id, created_at, department_id, window_id, staff_id, card_id, level, first_level, dimensions, tags, comment
         FROM evaluations e WHERE ${w.text} ORDER BY created_at, id LIMIT ${Number(limit)}`,
        w.params,
      );
      return page(
        rows.map((r): EvaluationExportRow => ({
          id: r.id,
          createdAt: new Date(r.created_at),
          departmentId: r.department_id,
          windowId: r.window_id,
          staffId: r.staff_id,
          cardId: r.card_id,
          level: Number(r.level),
          firstLevel: Number(r.first_level),
          dimensions: r.dimensions,
          tags: r.tags,
          comment: r.comment,
        })),
        limit,
      );
    },
    async complaintsPage(f, after, limit) {
      const w = where(f, 'c', after);
      const rows = await db.query<RowOf<ComplaintExportRow>>(
        `SELECT id, tracking_no, created_at, department_id, window_id, staff_id, category, content, status,
           first_reply_due_at, first_replied_at, rating, reopen_count
         FROM complaints c WHERE ${w.text} ORDER BY created_at, id LIMIT ${Number(limit)}`,
        w.params,
      );
      return page(
        rows.map((r): ComplaintExportRow => ({
          id: r.id,
          trackingNo: r.tracking_no,
          createdAt: new Date(r.created_at),
          departmentId: r.department_id,
          windowId: r.window_id,
          staffId: r.staff_id,
          category: r.category,
          content: r.content,
          status: r.status,
          firstReplyDueAt: new Date(r.first_reply_due_at),
          firstRepliedAt: date(r.first_replied_at),
          rating: r.rating,
          reopenCount: Number(r.reopen_count),
        })),
        limit,
      );
    },
  };
}
