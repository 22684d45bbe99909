/**
 * Rate counters, sign-in attempt counters and job locks in CloudBase. A counter is a document per
 * (key, window) bumped with `inc`; an attempt counter a document per key, claimed by a conditional
 * update on its count; a job lock is a lease document taken by a conditional update, so a crashed holder
 * blocks others only until its lease runs out.
 */
import { randomBytes } from 'node:crypto';
import type { AttemptLedger, JobLocks, RateStore } from '../../ports/guards';
import type { CloudDb } from './cloud-db';
import { digest } from './documents';

const PAGE = 1000;

export function cloudbaseRates(db: CloudDb): RateStore {
  const col = () => db.collection('rate_counters');
  const bump = async (_id: string) =>
    (
      await col()
        .where({ _id })
        .update({ data: { count: db.command.inc(1) } })
    ).stats.updated === 1;
  const read = async (_id: string) => Number((await col().where({ _id }).limit(1).get()).data[0]?.count ?? 0);
  return {
    async hit(key, windowStart) {
      const _id = digest('rate', key, windowStart.toISOString());
      if (await bump(_id)) return read(_id);
      try {
        await col().add({ data: { _id, windowStart, count: 1 } });
        return 1;
      } catch {
        // Another instance added it first: count on theirs.
        if (await bump(_id)) return read(_id);
        throw new Error('rate counter: neither added nor found');
      }
    },
    async release(key, windowStart) {
      await col()
        .where({ _id: digest('rate', key, windowStart.toISOString()), count: db.command.gt(0) })
        .update({ data: { count: db.command.inc(-1) } });
    },
    async purge(before) {
      return (
        await col()
          .where({ windowStart: db.command.lt(before) })
          .remove()
      ).stats.removed;
    },
    async snapshot() {
      // A document per (key, window), named by their digest: the id is the counter's name.
      const out: Record<string, number> = {};
      for (let skip = 0; ; skip += PAGE) {
        const { data } = await col().orderBy('_id', 'asc').skip(skip).limit(PAGE).get();
        for (const d of data) if (Number(d.count) > 0) out[String(d._id)] = Number(d.count);
        if (data.length < PAGE) return out;
      }
    },
  };
}

export function cloudbaseAttempts(db: CloudDb): AttemptLedger {
  const col = () => db.collection('sign_in_attempts');
  const id = (key: string) => digest('attempt', key);
  const read = async (_id: string) => {
    const [doc] = (await col().where({ _id }).limit(1).get()).data;
    return doc ? { count: Number(doc.count), lastAt: new Date(doc.lastAt as Date) } : null;
  };
  const bump = async (_id: string, at: Date) => {
    // `lastAt` only moves forward, as in SQL: a late write does not make the record look older.
    const updated =
      (
        await col()
          .where({ _id, lastAt: db.command.lt(at) })
          .update({ data: { count: db.command.inc(1), lastAt: at } })
      ).stats.updated === 1;
    return (
      updated ||
      (
        await col()
          .where({ _id })
          .update({ data: { count: db.command.inc(1) } })
      ).stats.updated === 1
    );
  };
  return {
    get: (key) => read(id(key)),
    async claim(key, seen, next, at) {
      const _id = id(key);
      // No record yet: `add` is the check, the database refusing a second `_id`.
      if (seen === 0)
        return col()
          .add({ data: { _id, count: next, lastAt: at } })
          .then(
            () => true,
            () => false,
          );
      return (
        (
          await col()
            .where({ _id, count: seen })
            .update({ data: { count: next, lastAt: at } })
        ).stats.updated === 1
      );
    },
    async add(key, at) {
      const _id = id(key);
      if (await bump(_id, at)) return (await read(_id))?.count ?? 1;
      try {
        await col().add({ data: { _id, count: 1, lastAt: at } });
        return 1;
      } catch {
        // Another instance added it first: count on theirs.
        if (await bump(_id, at)) return (await read(_id))?.count ?? 1;
        throw new Error('attempt counter: neither added nor found');
      }
    },
    async take(key) {
      const _id = id(key);
      // Removes the count it read, so an attempt added meanwhile is not lost unseen.
      for (;;) {
        const doc = await read(_id);
        if (!doc) return 0;
        if ((await col().where({ _id, count: doc.count }).remove()).stats.removed === 1) return doc.count;
      }
    },
    async purge(before) {
      return (
        await col()
          .where({ lastAt: db.command.lt(before) })
          .remove()
      ).stats.removed;
    },
  };
}

export function cloudbaseJobLocks(db: CloudDb): JobLocks {
  const col = () => db.collection('job_locks');
  return {
    async exclusive(name, ttlMs, fn) {
      const holder = randomBytes(8).toString('hex');
      const now = new Date();
      const until = new Date(now.getTime() + ttlMs);
      // Take a lapsed lease, or create the lease document the first time.
      let taken =
        (
          await col()
            .where({ _id: name, until: db.command.lt(now) })
            .update({ data: { until, holder } })
        ).stats.updated === 1;
      if (!taken) {
        taken = await col()
          .add({ data: { _id: name, until, holder } })
          .then(
            () => true,
            () => false,
          );
      }
      if (!taken) return null;
      try {
        return await fn();
      } finally {
        // Only our own lease is released: one that lapsed and was taken over stays the other's.
        await col()
          .where({ _id: name, holder })
          .update({ data: { until: new Date(0) } });
      }
    },
  };
}
