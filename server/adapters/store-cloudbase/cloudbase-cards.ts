/**
 * 办事监督卡 in CloudBase: `_id` = cardKey(staff, requestId), so a retried issue adds nothing; a
 * change is one transaction (the stored version checked, the notices added) on that key, which
 * never changes. Cards written before the service case had no state: they read as 办理中 (a
 * 即办件 as 办结 at issue), version 1.
 */
import type { Card, CardStore, InsertResult } from '../../ports/store';
import type { CloudDb, CloudDoc } from './cloud-db';
import { txGet, writeFollowers } from './cloudbase-complaints';
import { dueBySweepTime, Stale, versioned } from './cloud-versioned';
import { cardKey, stored } from './documents';

const PAGE = 1000;
const date = (v: unknown) => (v == null ? null : new Date(v as string | Date));

export function toCard(d: CloudDoc): Card {
  const raw = stored<Record<string, unknown>>(d);
  const c = raw as unknown as Card;
  const issuedAt = new Date(c.issuedAt);
  const legacyDone = raw.status == null && c.matterType === '即办件';
  return {
    ...c,
    matterId: c.matterId ?? null,
    windowId: c.windowId ?? null,
    promisedDays: Number(c.promisedDays),
    issuedAt,
    dueAt: new Date(c.dueAt),
    status: c.status ?? (legacyDone ? 'completed' : 'accepted'),
    completedAt: date(c.completedAt) ?? (legacyDone ? issuedAt : null),
    supplement: c.supplement
      ? { ...c.supplement, requestedAt: new Date(c.supplement.requestedAt), resumedAt: date(c.supplement.resumedAt) }
      : null,
    returned: c.returned ? { ...c.returned, at: new Date(c.returned.at) } : null,
    notice: c.notice ?? null,
    events: (c.events ?? []).map((e) => ({ ...e, at: new Date(e.at) })),
    watchers: (c.watchers ?? []).map((w) => ({ ...w, at: new Date(w.at) })),
    sweepStage: c.sweepStage ?? 0,
    nextSweepAt: date(c.nextSweepAt),
    version: c.version ?? 1,
    updatedAt: date(c.updatedAt) ?? issuedAt,
  };
}

export function cloudbaseCards(db: CloudDb): CardStore {
  const col = () => db.collection('cards');
  const list = async (where: CloudDoc, order: [string, 'asc' | 'desc'][], limit: number) => {
    let q = col().where(where);
    for (const [field, dir] of order) q = q.orderBy(field, dir);
    return (await q.limit(Math.min(limit, PAGE)).get()).data.map(toCard);
  };
  return {
    async insert(c): Promise<InsertResult<Card>> {
      const _id = cardKey(c.staffId, c.requestId);
      try {
        await col().add({ data: { _id, ...c } });
        return { created: true, row: c };
      } catch (err) {
        // A duplicate's error text is not relied on: the key is looked up, rethrown if free.
        const { data } = await col().where({ _id }).limit(1).get();
        if (data.length) return { created: false, conflict: 'request', row: toCard(data[0]) };
        throw err;
      }
    },
    byId: async (id) => (await list({ id }, [], 1))[0] ?? null,
    byStaff: (staffId, limit, before) =>
      list(
        before ? { staffId, issuedAt: db.command.lt(before) } : { staffId },
        [
          ['issuedAt', 'desc'],
          ['id', 'desc'],
        ],
        limit,
      ),
    transition: (next, outbox) =>
      versioned(db, async (tx) => {
        const _id = cardKey(next.staffId, next.requestId);
        const current = await txGet(tx, 'cards', _id);
        if (!current || (current.version ?? 1) !== next.version - 1) throw new Stale();
        await tx
          .collection('cards')
          .doc(_id)
          .set({ data: { ...next } });
        await writeFollowers(tx, next.version, [], outbox);
        return next;
      }),
    dueForSweep: dueBySweepTime(db, 'cards', toCard, PAGE),
    openOverdue: ({ now, departmentIds, staffId, limit }) =>
      list(
        {
          status: 'accepted',
          dueAt: db.command.lt(now),
          ...(departmentIds ? { departmentId: db.command.in(departmentIds) } : {}),
          ...(staffId ? { staffId } : {}),
        },
        [
          ['dueAt', 'asc'],
          ['id', 'asc'],
        ],
        limit,
      ),
  };
}
