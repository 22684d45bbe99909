/**
 * Versioned writes in CloudBase, as every aggregate with a state (rectifications, follow-ups,
 * appeals) makes them: inside a transaction, the next version replaces the stored one only if
 * that is still the version read; and the sweep reads what is due by `nextSweepAt`.
 */
import type { CloudDb, CloudDoc, CloudTx } from './cloud-db';
import { txGet } from './cloudbase-complaints';

/** Thrown inside a transaction to roll it back: a version moved under the write. */
export class Stale extends Error {}

/** Replaces the document with `next` if the stored one has `next.version - 1`; else rolls the transaction back. */
export async function setIfVersion(tx: CloudTx, collection: string, next: { id: string; version: number }) {
  const current = await txGet(tx, collection, next.id);
  if (!current || current.version !== next.version - 1) throw new Stale();
  await tx
    .collection(collection)
    .doc(next.id)
    .set({ data: { ...next } });
}

/** Runs a versioned transaction; null when someone else's change won (nothing written). */
export async function versioned<T>(db: CloudDb, fn: (tx: CloudTx) => Promise<T>): Promise<T | null> {
  try {
    return await db.runTransaction(fn);
  } catch (err) {
    if (err instanceof Stale) return null;
    throw err;
  }
}

/** What the sweep owes now in `collection`, oldest first (index next_sweep). */
export const dueBySweepTime =
  <T>(db: CloudDb, collection: string, map: (d: CloudDoc) => T, page: number) =>
  async (now: Date, limit: number): Promise<T[]> =>
    (
      await db
        .collection(collection)
        .where({ nextSweepAt: db.command.lte(now) })
        .orderBy('nextSweepAt', 'asc')
        .orderBy('id', 'asc')
        .limit(Math.min(limit, page))
        .get()
    ).data.map(map);
