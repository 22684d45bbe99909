/** 办事监督卡 over SQL: issue once per (staff, request), versioned changes that commit with their notices. */
import type { Card, CardStore, InsertResult } from '../../ports/store';
import type { SqlClient } from './sql-client';
import { insertOutbox } from './sql-complaints';
import { mapping } from './sql-mapping';

const cardMap = mapping<Card>(
  'cards',
  [
    'id',
    'matter',
    'matterType',
    'matterId',
    'promisedDays',
    'dayKind',
    'notes',
    'supervisionPhone',
    'staffId',
    'departmentId',
    'windowId',
    'issuedAt',
    'dueAt',
    'requestId',
    'requestHash',
    'status',
    'completedAt',
    'supplement',
    'returned',
    'notice',
    'events',
    'watchers',
    'sweepStage',
    'nextSweepAt',
    'version',
    'updatedAt',
  ],
  ['issuedAt', 'dueAt', 'completedAt', 'nextSweepAt', 'updatedAt'],
  ['supplement', 'returned', 'notice', 'events', 'watchers'],
);

const at = (v: unknown) => new Date(v as string);

/** JSON columns come back with their instants as strings. */
export function toCard(r: Record<string, unknown>): Card {
  const c = cardMap.read(r);
  return {
    ...c,
    supplement: c.supplement
      ? {
          ...c.supplement,
          requestedAt: at(c.supplement.requestedAt),
          resumedAt: c.supplement.resumedAt ? at(c.supplement.resumedAt) : null,
        }
      : null,
    returned: c.returned ? { ...c.returned, at: at(c.returned.at) } : null,
    events: c.events.map((e) => ({ ...e, at: at(e.at) })),
    watchers: c.watchers.map((w) => ({ ...w, at: at(w.at) })),
  };
}

type Row = Record<string, unknown>;

export function sqlCards(db: SqlClient): CardStore {
  const all = async (text: string, params: unknown[]) => (await db.query<Row>(text, params)).map(toCard);
  return {
    async insert(c): Promise<InsertResult<Card>> {
      const [inserted] = await db.query<Row>(cardMap.insertSql, cardMap.values(c));
      if (inserted) return { created: true, row: toCard(inserted) };
      const [existing] = await db.query<Row>('SELECT * FROM cards WHERE staff_id = $1 AND request_id = $2', [
        c.staffId,
        c.requestId,
      ]);
      if (!existing) throw new Error('card insert conflicted, yet no card has its (staff, request)');
      return { created: false, conflict: 'request', row: toCard(existing) };
    },
    byId: async (id) => (await all('SELECT * FROM cards WHERE id = $1', [id]))[0] ?? null,
    byStaff: (staffId, limit, before) =>
      all(
        `SELECT * FROM cards WHERE staff_id = $1 AND ($2::timestamptz IS NULL OR issued_at < $2)
         ORDER BY issued_at DESC, id DESC LIMIT $3`,
        [staffId, before ?? null, limit],
      ),
    transition: (next, outbox) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<Row>(cardMap.updateSql, [...cardMap.values(next), next.version - 1]);
        if (!row) return null;
        await insertOutbox(tx, outbox);
        return toCard(row);
      }),
    dueForSweep: (now, limit) =>
      all('SELECT * FROM cards WHERE next_sweep_at <= $1 ORDER BY next_sweep_at, id LIMIT $2', [now, limit]),
    openOverdue: ({ now, departmentIds, staffId, limit }) =>
      all(
        `SELECT * FROM cards WHERE status = 'accepted' AND due_at < $1
           AND ($2::text[] IS NULL OR department_id = ANY($2)) AND ($3::text IS NULL OR staff_id = $3)
         ORDER BY due_at, id LIMIT $4`,
        [now, departmentIds ?? null, staffId ?? null, limit],
      ),
  };
}
