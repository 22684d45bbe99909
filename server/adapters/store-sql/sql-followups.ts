/** Follow-ups (差评回访) and appeals (申诉复核) over SQL: versioned writes that commit with their notices and effects. */
import type { Appeal, AppealStore, Followup, FollowupStore } from '../../ports/followups';
import type { SqlClient, SqlTx } from './sql-client';
import { insertOutbox } from './sql-complaints';
import { mapping } from './sql-mapping';

const followupMap = mapping<Followup>(
  'followups',
  [
    'id',
    'evaluationId',
    'subjectHash',
    'notifyOpenid',
    'departmentId',
    'staffId',
    'cardId',
    'windowId',
    'matterId',
    'title',
    'level',
    'callbackPhone',
    'status',
    'assigneeStaffId',
    'dueAt',
    'record',
    'rectificationId',
    'rectifiedAt',
    'satisfied',
    'entries',
    'nextSweepAt',
    'sweepStage',
    'lastEscalatedOn',
    'ladderStep',
    'coveringFor',
    'version',
    'createdAt',
    'updatedAt',
    'closedAt',
  ],
  ['dueAt', 'rectifiedAt', 'nextSweepAt', 'createdAt', 'updatedAt', 'closedAt'],
  ['record', 'entries'],
);

/** JSON columns come back with their instants as strings. */
function toFollowup(r: Record<string, unknown>): Followup {
  const f = followupMap.read(r);
  return {
    ...f,
    record: f.record ? { ...f.record, at: new Date(f.record.at) } : null,
    entries: f.entries.map((e) => ({ ...e, at: new Date(e.at) })),
  };
}

const appealMap = mapping<Appeal>(
  'appeals',
  [
    'id',
    'kind',
    'evaluationId',
    'complaintId',
    'followupId',
    'byStaffId',
    'aboutStaffId',
    'departmentId',
    'classification',
    'reason',
    'attachment',
    'status',
    'dueAt',
    'decidedBy',
    'decision',
    'decidedAt',
    'nextSweepAt',
    'sweepStage',
    'lastEscalatedOn',
    'version',
    'createdAt',
    'updatedAt',
    'requestId',
  ],
  ['dueAt', 'decidedAt', 'nextSweepAt', 'createdAt', 'updatedAt'],
  [],
);
const toAppeal = (r: Record<string, unknown>) => appealMap.read(r);

type Row = Record<string, unknown>;

async function updateFollowup(tx: SqlTx, next: Followup): Promise<Followup | null> {
  const [row] = await tx.query<Row>(followupMap.updateSql, [...followupMap.values(next), next.version - 1]);
  return row ? toFollowup(row) : null;
}

/** Thrown inside a transaction to roll it back: a version moved under the write. */
class Stale extends Error {}

export function sqlFollowups(db: SqlClient): FollowupStore {
  return {
    create: (f, outbox) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<Row>(followupMap.insertSql, followupMap.values(f));
        if (row) {
          await insertOutbox(tx, outbox);
          return { created: true, row: toFollowup(row) };
        }
        const [same] = await tx.query<Row>('SELECT * FROM followups WHERE evaluation_id = $1', [f.evaluationId]);
        if (!same) throw new Error(`follow-up ${f.id} exists for another evaluation`);
        return { created: false, row: toFollowup(same) };
      }),
    byId: async (id) => {
      const [r] = await db.query<Row>('SELECT * FROM followups WHERE id = $1', [id]);
      return r ? toFollowup(r) : null;
    },
    byEvaluation: async (evaluationId) => {
      const [r] = await db.query<Row>('SELECT * FROM followups WHERE evaluation_id = $1', [evaluationId]);
      return r ? toFollowup(r) : null;
    },
    byEvaluations: async (ids) =>
      ids.length
        ? (await db.query<Row>('SELECT * FROM followups WHERE evaluation_id = ANY($1)', [ids])).map(toFollowup)
        : [],
    async inbox(scope, tab, after, limit) {
      const build = () => {
        const params: unknown[] = [];
        const p = (v: unknown) => (params.push(v), `$${params.length}`);
        const where = scope.all
          ? `staff_id IS DISTINCT FROM ${p(scope.readerStaffId)}`
          : `staff_id IS DISTINCT FROM ${p(scope.readerStaffId)} AND (assignee_staff_id = ${p(scope.assigneeStaffId)}
             OR (assignee_staff_id IS NOT NULL AND department_id = ANY(${p(scope.headOfDepartmentIds)})))`;
        return { params, p, where };
      };
      const c = build();
      const counts = await db.query<{ status: Followup['status']; n: string }>(
        `SELECT status, count(*) AS n FROM followups WHERE ${c.where} GROUP BY status`,
        c.params,
      );
      const r = build();
      const recent = tab.order === 'recent';
      const key = recent ? 'updated_at' : 'due_at';
      const where = [r.where, `status = ANY(${r.p(tab.statuses)})`];
      if (after) where.push(`(${key}, id) ${recent ? '<' : '>'} (${r.p(after.at)}, ${r.p(after.id)})`);
      const order = recent ? 'DESC' : 'ASC';
      const rows = (
        await db.query<Row>(
          `SELECT * FROM followups WHERE ${where.join(' AND ')} ORDER BY ${key} ${order}, id ${order} LIMIT ${Number(limit)}`,
          r.params,
        )
      ).map(toFollowup);
      const last = rows[rows.length - 1];
      return {
        rows,
        next: rows.length === limit && last ? { at: recent ? last.updatedAt : last.dueAt, id: last.id } : null,
        counts: Object.fromEntries(counts.map((x) => [x.status, Number(x.n)])),
      };
    },
    transition: async (next, outbox, effects) => {
      try {
        return await db.transaction(async (tx) => {
          const row = await updateFollowup(tx, next);
          if (!row) throw new Stale();
          if (effects?.appeal) await tx.query(appealMap.insertSql, appealMap.values(effects.appeal));
          await insertOutbox(tx, outbox);
          return row;
        });
      } catch (err) {
        if (err instanceof Stale) return null;
        throw err;
      }
    },
    dueForSweep: async (now, limit) =>
      (
        await db.query<Row>('SELECT * FROM followups WHERE next_sweep_at <= $1 ORDER BY next_sweep_at, id LIMIT $2', [
          now,
          limit,
        ])
      ).map(toFollowup),
    purgeContacts: async (closedBefore) =>
      (
        await db.query(
          'UPDATE followups SET callback_phone = NULL WHERE callback_phone IS NOT NULL AND closed_at < $1 RETURNING 1',
          [closedBefore],
        )
      ).length,
    async figures(s) {
      const params: unknown[] = [s.from, s.to];
      const scoped: string[] = [];
      for (const [column, value] of [
        ['department_id', s.departmentId],
        ['window_id', s.windowId],
        ['staff_id', s.staffId],
        ['matter_id', s.matterId],
      ] as const) {
        if (value) scoped.push(`${column} = $${params.push(value)}`);
      }
      const where = ['f.created_at >= $1', 'f.created_at < $2', 'NOT e.excluded', ...scoped.map((c) => `f.${c}`)];
      const from = `FROM followups f JOIN evaluations e ON e.id = f.evaluation_id WHERE ${where.join(' AND ')}`;
      const [[total], classes, [excluded]] = await Promise.all([
        db.query<Record<string, string>>(
          `SELECT count(*) FILTER (WHERE f.status <> 'withdrawn') AS opened,
                  count(*) FILTER (WHERE f.record IS NOT NULL) AS followed_up,
                  count(*) FILTER (WHERE f.record->>'disposal' IN ('fixed', 'explained')
                                      OR (f.record->>'disposal' = 'rectify' AND f.rectified_at IS NOT NULL)) AS disposed,
                  count(*) FILTER (WHERE f.record->>'callback' = 'reached') AS reached ${from}`,
          params,
        ),
        db.query<{ c: string; n: string }>(
          `SELECT f.record->>'classification' AS c, count(*) AS n ${from} AND f.record IS NOT NULL GROUP BY 1`,
          params,
        ),
        db.query<{ n: string }>(
          `SELECT count(*) AS n FROM evaluations e WHERE e.excluded AND e.created_at >= $1 AND e.created_at < $2
           ${scoped.map((c) => `AND e.${c}`).join(' ')}`,
          params,
        ),
      ]);
      return {
        opened: Number(total?.opened ?? 0),
        followedUp: Number(total?.followed_up ?? 0),
        disposed: Number(total?.disposed ?? 0),
        reached: Number(total?.reached ?? 0),
        byClassification: Object.fromEntries(classes.map((r) => [r.c, Number(r.n)])),
        excluded: Number(excluded?.n ?? 0),
      };
    },
  };
}

export function sqlAppeals(db: SqlClient): AppealStore {
  return {
    create: (a, outbox) =>
      db.transaction(async (tx) => {
        const [same] = await tx.query<Row>('SELECT * FROM appeals WHERE by_staff_id = $1 AND request_id = $2', [
          a.byStaffId,
          a.requestId,
        ]);
        if (same) return { created: false, row: toAppeal(same), conflict: 'request' as const };
        const target = a.evaluationId ? ['evaluation_id', a.evaluationId] : ['complaint_id', a.complaintId];
        const [pending] = await tx.query<Row>(
          `SELECT * FROM appeals WHERE ${target[0]} = $1 AND status = 'pending' FOR UPDATE`,
          [target[1]],
        );
        if (pending) return { created: false, row: toAppeal(pending), conflict: 'pending' as const };
        const [row] = await tx.query<Row>(appealMap.insertSql, appealMap.values(a));
        if (!row) {
          // A concurrent twin won the unique index: answer with the row that is there.
          const [won] = await tx.query<Row>(`SELECT * FROM appeals WHERE ${target[0]} = $1 AND status = 'pending'`, [
            target[1],
          ]);
          return { created: false, row: toAppeal(won ?? {}), conflict: 'pending' as const };
        }
        await insertOutbox(tx, outbox);
        return { created: true, row: toAppeal(row) };
      }),
    byId: async (id) => {
      const [r] = await db.query<Row>('SELECT * FROM appeals WHERE id = $1', [id]);
      return r ? toAppeal(r) : null;
    },
    list: async (f, limit) => {
      const params: unknown[] = [];
      const where: string[] = [];
      if (f.status) where.push(`status = $${params.push(f.status)}`);
      if (f.byStaffId) where.push(`by_staff_id = $${params.push(f.byStaffId)}`);
      return (
        await db.query<Row>(
          `SELECT * FROM appeals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ${Number(limit)}`,
          params,
        )
      ).map(toAppeal);
    },
    of: async (t) =>
      (
        await db.query<Row>(
          `SELECT * FROM appeals WHERE ${'evaluationId' in t ? 'evaluation_id' : 'complaint_id'} = $1 ORDER BY created_at, id`,
          ['evaluationId' in t ? t.evaluationId : t.complaintId],
        )
      ).map(toAppeal),
    transition: async (next, outbox, effects) => {
      try {
        return await db.transaction(async (tx) => {
          const [row] = await tx.query<Row>(appealMap.updateSql, [...appealMap.values(next), next.version - 1]);
          if (!row) throw new Stale();
          if (effects?.followup && !(await updateFollowup(tx, effects.followup))) throw new Stale();
          const ex = effects?.exclude;
          if (ex) {
            const [table, id] =
              'evaluationId' in ex ? ['evaluations', ex.evaluationId] : ['complaints', ex.complaintId];
            await tx.query(`UPDATE ${table} SET excluded = true, excluded_by_appeal = $2 WHERE id = $1`, [id, next.id]);
          }
          await insertOutbox(tx, outbox);
          return toAppeal(row);
        });
      } catch (err) {
        if (err instanceof Stale) return null;
        throw err;
      }
    },
    dueForSweep: async (now, limit) =>
      (
        await db.query<Row>('SELECT * FROM appeals WHERE next_sweep_at <= $1 ORDER BY next_sweep_at, id LIMIT $2', [
          now,
          limit,
        ])
      ).map(toAppeal),
  };
}
