/** 责任追究 records in CloudBase; `_id` encodes (createdBy, requestId) so a retry cannot add twice. */
import type { AccountabilityRecord, AccountabilityStore } from '../../ports/accountability';
import type { CloudDb, CloudDoc } from './cloud-db';
import { digest, stored } from './documents';

const PAGE = 1000;

function toRecord(d: CloudDoc): AccountabilityRecord {
  const f = stored<AccountabilityRecord>(d);
  return { ...f, complaintId: f.complaintId ?? null, createdAt: new Date(f.createdAt) };
}

export function cloudbaseAccountability(db: CloudDb): AccountabilityStore {
  const col = () => db.collection('accountability_records');
  return {
    async add(r) {
      const _id = digest('accountability', r.createdBy, r.requestId);
      try {
        await col().add({ data: { _id, ...r } });
        return { created: true, row: r };
      } catch (err) {
        const { data } = await col().where({ _id }).limit(1).get();
        if (data.length) return { created: false, row: toRecord(data[0]) };
        throw err;
      }
    },
    async forYear(year, staffId) {
      // Dates are YYYY-MM-DD strings, so "after the last day of last year" starts this year; the few
      // later records are dropped below.
      const where: CloudDoc = { decidedOn: db.command.gt(`${year - 1}-12-31`) };
      const out: AccountabilityRecord[] = [];
      for (let skip = 0; ; skip += PAGE) {
        const { data } = await col()
          .where({ ...where, ...(staffId ? { staffId } : {}) })
          .orderBy('decidedOn', 'asc')
          .orderBy('createdAt', 'asc')
          .skip(skip)
          .limit(PAGE)
          .get();
        out.push(...data.map(toRecord).filter((r) => r.decidedOn <= `${year}-12-31`));
        if (data.length < PAGE) return out;
      }
    },
  };
}
