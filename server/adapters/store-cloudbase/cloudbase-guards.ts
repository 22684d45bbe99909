/**
 * Rate counters and job locks in CloudBase. A counter is a document per (key, window) bumped
 * with `inc`; a job lock is a lease document taken by a conditional update, so a crashed holder
 * blocks others only until its lease runs out.
 */
import { randomBytes } from 'node:crypto';
import type { JobLocks, RateStore } from '../../ports/guards';
import type { CloudDb } from './cloud-db';
import { digest } from './documents';

export function cloudbaseRates(db: CloudDb): RateStore {
  const col = () => db.collection('rate_counters');
  const bump = async (_id: string) => (await col().where({ _id }).update({ data: { count: db.command.inc(1) } })).stats.updated === 1;
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
    async purge(before) {
      return (await col().where({ windowStart: db.command.lt(before) }).remove()).stats.removed;
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
      let taken = (await col().where({ _id: name, until: db.command.lt(now) }).update({ data: { until, holder } })).stats.updated === 1;
      if (!taken) {
        taken = await col()
          .add({ data: { _id: name, until, holder } })
          .then(() => true, () => false);
      }
      if (!taken) return null;
      try {
        return await fn();
      } finally {
        // Only our own lease is released: one that lapsed and was taken over stays the other's.
        await col().where({ _id: name, holder }).update({ data: { until: new Date(0) } });
      }
    },
  };
}
