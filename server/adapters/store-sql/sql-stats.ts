/** Aggregates in SQL: one GROUP BY per figure, on the (department|staff, created_at) indexes. */
import type { GroupField, StatsFilter, StatsStore } from '../../ports/stats';
import { cardFigures } from '../../domain/stats.figures';

/** The only columns a grouping may name (never interpolated from input). */
const COLUMNS: Record<GroupField, string> = {
  departmentId: 'department_id',
  windowId: 'window_id',
  staffId: 'staff_id',
};
import type { RowOf, SqlClient } from './sql-client';

type RecentComment = Awaited<ReturnType<StatsStore['recentComments']>>[number];

/**
 * The WHERE clause of a period and scope, with its parameters from $1 (then `extra`, then the
 * scope's): the one the figures and the exports (store-sql/sql-exports.ts, which append their
 * cursor) share, so an export holds exactly the rows its period's figures count.
 */
export function scope(f: StatsFilter, alias: string, extra: unknown[] = []) {
  const params: unknown[] = [f.from, f.to, ...extra];
  // An upheld appeal's evaluation or complaint is kept, and counted in no figure.
  const where = [`${alias}.created_at >= $1`, `${alias}.created_at < $2`, `NOT ${alias}.excluded`];
  for (const [column, value] of [
    ['department_id', f.departmentId],
    ['window_id', f.windowId],
    ['staff_id', f.staffId],
    ['matter_id', f.matterId],
  ] as const) {
    if (value) {
      params.push(value);
      where.push(`${alias}.${column} = $${params.length}`);
    }
  }
  return { where: where.join(' AND '), params };
}

/** `conditions` on `params`, narrowed to the filter's department, window, staff member and matter (no period). */
function scoped(f: StatsFilter, conditions: string[], params: unknown[]) {
  const where = [...conditions];
  const values = [...params];
  for (const [column, value] of [
    ['department_id', f.departmentId],
    ['window_id', f.windowId],
    ['staff_id', f.staffId],
    ['matter_id', f.matterId],
  ] as const) {
    if (value) {
      values.push(value);
      where.push(`${column} = $${values.length}`);
    }
  }
  return { where: where.join(' AND '), params: values };
}

export function sqlStats(db: SqlClient): StatsStore {
  return {
    async evaluations(f) {
      const { where, params } = scope(f, 'e');
      const [levels, dims, [amended]] = await Promise.all([
        db.query<{ level: number; n: string }>(
          `SELECT e.level, count(*) AS n FROM evaluations e WHERE ${where} GROUP BY e.level`,
          params,
        ),
        db.query<{ key: string; sum: string; n: string }>(
          `SELECT d.key, sum(d.value::int) AS sum, count(*) AS n FROM evaluations e, jsonb_each_text(e.dimensions) d WHERE ${where} GROUP BY d.key`,
          params,
        ),
        db.query<{ changed: string; raised: string }>(
          `SELECT count(*) FILTER (WHERE e.level_changes > 0) AS changed, count(*) FILTER (WHERE e.first_level <= 2 AND e.level > 2) AS raised
           FROM evaluations e WHERE ${where}`,
          params,
        ),
      ]);
      const out = {
        count: 0,
        levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
        dimensions: {} as Record<string, { sum: number; count: number }>,
        amendments: { levelChanged: Number(amended.changed), raisedFromBad: Number(amended.raised) },
      };
      for (const r of levels) {
        out.levels[Number(r.level) as 1] = Number(r.n);
        out.count += Number(r.n);
      }
      for (const r of dims) out.dimensions[r.key] = { sum: Number(r.sum), count: Number(r.n) };
      return out;
    },
    async levelsBy(field, f) {
      const column = COLUMNS[field];
      const { where, params } = scope(f, 'e');
      const rows = await db.query<{ key: string; level: number; n: string }>(
        `SELECT e.${column} AS key, e.level, count(*) AS n FROM evaluations e WHERE ${where} AND e.${column} IS NOT NULL GROUP BY e.${column}, e.level`,
        params,
      );
      const out: Record<string, { 1: number; 2: number; 3: number; 4: number; 5: number }> = {};
      for (const r of rows) {
        out[r.key] ??= { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
        out[r.key][Number(r.level) as 1] = Number(r.n);
      }
      return out;
    },
    async levelsByDay(f) {
      const { where, params } = scope(f, 'e');
      // Shanghai has kept UTC+8 without daylight saving since 1991: a fixed shift names its day.
      const rows = await db.query<{ day: string; level: number; n: string }>(
        `SELECT to_char(e.created_at AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD') AS day, e.level, count(*) AS n
         FROM evaluations e WHERE ${where} GROUP BY 1, 2`,
        params,
      );
      const out: Record<string, { 1: number; 2: number; 3: number; 4: number; 5: number }> = {};
      for (const r of rows) {
        out[r.day] ??= { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
        out[r.day][Number(r.level) as 1] = Number(r.n);
      }
      return out;
    },
    async recentComments(f, limit) {
      const { where, params } = scope(f, 'e');
      const rows = await db.query<RowOf<RecentComment>>(
        `SELECT e.created_at, e.department_id, e.window_id, e.staff_id, e.level, e.tags, e.comment FROM evaluations e
         WHERE ${where} AND e.comment <> '' ORDER BY e.created_at DESC, e.id DESC LIMIT ${Number(limit)}`,
        params,
      );
      return rows.map((r) => ({
        createdAt: new Date(r.created_at),
        departmentId: r.department_id,
        windowId: r.window_id,
        staffId: r.staff_id,
        level: Number(r.level),
        tags: r.tags,
        comment: r.comment,
      }));
    },
    async badReasons(f) {
      const { where, params } = scope(f, 'e');
      const rows = await db.query<{ tag: string; n: string }>(
        `SELECT t.tag, count(*) AS n FROM evaluations e, jsonb_array_elements_text(e.tags) AS t(tag)
         WHERE ${where} AND e.level <= 2 GROUP BY t.tag`,
        params,
      );
      return Object.fromEntries(rows.map((r) => [r.tag, Number(r.n)]));
    },
    async cards(f, now) {
      const issued = scoped(f, ['issued_at >= $1', 'issued_at < $2'], [f.from, f.to]);
      const open = scoped(f, ["status = 'accepted'", 'due_at < $1'], [now]);
      const [[row], [overdue]] = await Promise.all([
        db.query<Record<string, string>>(
          `SELECT count(*) AS issued,
             count(*) FILTER (WHERE status = 'completed') AS completed,
             count(*) FILTER (WHERE status = 'completed' AND completed_at <= due_at) AS on_time,
             count(*) FILTER (WHERE supplement IS NOT NULL) AS supplements,
             count(*) FILTER (WHERE status = 'returned') AS returned
           FROM cards WHERE ${issued.where}`,
          issued.params,
        ),
        // Like a complaint's, an open card past due counts today however long ago it was issued.
        db.query<{ n: string }>(`SELECT count(*) AS n FROM cards WHERE ${open.where}`, open.params),
      ]);
      return cardFigures({
        issued: Number(row.issued),
        completed: Number(row.completed),
        completedOnTime: Number(row.on_time),
        supplements: Number(row.supplements),
        returned: Number(row.returned),
        openOverdue: Number(overdue.n),
      });
    },
    async complaints(f, now) {
      const period = scope(f, 'c', [now]);
      const replySeconds = 'floor(extract(epoch FROM c.first_replied_at - c.created_at))';
      const [row] = await db.query<Record<string, string | null>>(
        `SELECT count(*) AS count,
           coalesce(sum(${replySeconds}), 0) AS reply_sum,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY ${replySeconds}) FILTER (WHERE c.first_replied_at IS NOT NULL) AS reply_p90,
           count(*) FILTER (WHERE c.rating = 'satisfied') AS satisfied,
           count(*) FILTER (WHERE c.rating = 'basic') AS basic,
           coalesce(sum(c.reopen_count), 0) AS unsatisfied,
           count(*) FILTER (WHERE c.first_replied_at IS NOT NULL) AS replied,
           count(*) FILTER (WHERE c.first_replied_at <= c.first_reply_due_at) AS on_time,
           count(*) FILTER (WHERE c.first_replied_at IS NULL AND c.status = 'pending' AND c.first_reply_due_at < $3) AS late_unreplied,
           count(*) FILTER (WHERE c.first_replied_at IS NOT NULL AND c.reopen_count > 0) AS reopened,
           count(*) FILTER (WHERE c.extension->>'status' = 'approved') AS extended
         FROM complaints c WHERE ${period.where}`,
        period.params,
      );
      // Overdue now ignores the period: a case filed long ago and still open counts today.
      const open = scoped(f, ["status = 'pending'", 'reply_due_at < $1'], [now]);
      const [[overdue], categories] = await Promise.all([
        db.query<{ n: string }>(`SELECT count(*) AS n FROM complaints WHERE ${open.where}`, open.params),
        db.query<{ category: string; n: string }>(
          `SELECT c.category, count(*) AS n FROM complaints c WHERE ${scope(f, 'c').where} GROUP BY c.category`,
          scope(f, 'c').params,
        ),
      ]);
      return {
        count: Number(row.count),
        replySecondsSum: Number(row.reply_sum),
        replySecondsP90: row.reply_p90 === null ? null : Number(row.reply_p90),
        ratings: { satisfied: Number(row.satisfied), basic: Number(row.basic), unsatisfied: Number(row.unsatisfied) },
        categories: Object.fromEntries(categories.map((r) => [r.category, Number(r.n)])),
        replied: Number(row.replied),
        repliedOnTime: Number(row.on_time),
        lateUnreplied: Number(row.late_unreplied),
        reopened: Number(row.reopened),
        extended: Number(row.extended),
        overdueNow: Number(overdue.n),
      };
    },
  };
}
