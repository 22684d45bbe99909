/**
 * The complaint, outbox and message parts of the CloudBase store. A transition is one database
 * transaction of document writes by `_id`: the case (version-checked), its timeline entries and
 * its notices (skipped when their dedup id exists).
 */
import type {
  CaseEvent,
  Complaint,
  ComplaintStore,
  FileStore,
  Message,
  MessageStore,
  OutboxItem,
  OutboxStore,
  StoredFile,
} from '../../ports/complaint-store';
import type { CloudDb, CloudDoc, CloudTx } from './cloud-db';
import { complaintKey, stored } from './documents';

const PAGE = 1000;
const date = (v: unknown) => (v == null ? null : new Date(v as string | Date));
/** A document as the entity written (see `stored`), less the timeline's ordering key. */
const strip = <T>({ seq: _seq, ...rest }: CloudDoc): T => stored<T>(rest);

const toComplaint = (d: CloudDoc): Complaint => {
  const f = strip<Complaint>(d);
  return {
    ...f,
    replyDueAt: new Date(f.replyDueAt),
    firstReplyDueAt: new Date(f.firstReplyDueAt ?? f.replyDueAt),
    firstRepliedAt: date(f.firstRepliedAt),
    reply: f.reply ? { content: f.reply.content, byStaffId: f.reply.byStaffId, at: new Date(f.reply.at) } : null,
    photos: f.photos ?? [],
    matterId: f.matterId ?? null,
    notifyOpenid: f.notifyOpenid ?? null,
    // Documents written before the ladder and 延期 existed have neither.
    ladderStep: f.ladderStep ?? 0,
    coveringFor: f.coveringFor ?? null,
    extension: f.extension
      ? { ...f.extension, requestedAt: new Date(f.extension.requestedAt), decidedAt: date(f.extension.decidedAt) }
      : null,
    nextSweepAt: date(f.nextSweepAt),
    createdAt: new Date(f.createdAt),
    updatedAt: new Date(f.updatedAt),
    closedAt: date(f.closedAt),
  };
};
const toEvent = (d: CloudDoc): CaseEvent => {
  const f = strip<CaseEvent>(d);
  return { ...f, at: new Date(f.at) };
};
const toOutbox = (d: CloudDoc): OutboxItem => {
  const f = strip<OutboxItem>(d);
  return {
    ...f,
    complaintId: f.complaintId ?? null,
    rectificationId: f.rectificationId ?? null,
    followupId: f.followupId ?? null,
    appealId: f.appealId ?? null,
    cardId: f.cardId ?? null,
    nextAttemptAt: new Date(f.nextAttemptAt),
    createdAt: new Date(f.createdAt),
    sentAt: date(f.sentAt),
  };
};
const toMessage = (d: CloudDoc): Message => {
  const f = strip<Message>(d);
  return {
    ...f,
    complaintId: f.complaintId ?? null,
    rectificationId: f.rectificationId ?? null,
    followupId: f.followupId ?? null,
    appealId: f.appealId ?? null,
    cardId: f.cardId ?? null,
    createdAt: new Date(f.createdAt),
  };
};

/** The real SDK may reject a transactional get of a missing document instead of returning null. */
export async function txGet(tx: CloudTx, collection: string, id: string): Promise<CloudDoc | null> {
  try {
    return (await tx.collection(collection).doc(id).get()).data ?? null;
  } catch (err) {
    if (/not exist|不存在/i.test(String((err as Error).message))) return null;
    throw err;
  }
}

/** Events order by time, then by the case version that wrote them, then by their place in it. */
export async function writeFollowers(tx: CloudTx, version: number, events: CaseEvent[], outbox: OutboxItem[]) {
  for (const [i, e] of events.entries())
    await tx
      .collection('case_events')
      .doc(e.id)
      .set({ data: { ...e, seq: version * 1000 + i } });
  for (const o of outbox) {
    if (!(await txGet(tx, 'outbox', o.id)))
      await tx
        .collection('outbox')
        .doc(o.id)
        .set({ data: { ...o } });
  }
}

/** Thrown inside a transaction to roll it back when the case moved on meanwhile. */
class StaleCase extends Error {}

export function cloudbaseComplaints(db: CloudDb): ComplaintStore {
  const col = db.collection.bind(db);
  const first = async (name: string, where: CloudDoc) => (await col(name).where(where).limit(1).get()).data[0] ?? null;

  return {
    async create(c, events, outbox) {
      const key = complaintKey(c.subjectHash, c.requestId);
      const taken = await first('complaints', { trackingNo: c.trackingNo });
      if (taken && taken._id !== key) return { created: false, conflict: 'trackingNo' };
      return db.runTransaction(async (tx) => {
        const existing = await txGet(tx, 'complaints', key);
        if (existing) return { created: false as const, conflict: 'request' as const, row: toComplaint(existing) };
        await tx
          .collection('complaints')
          .doc(key)
          .set({ data: { ...c } });
        await writeFollowers(tx, c.version, events, outbox);
        return { created: true as const, row: c };
      });
    },
    byId: async (id) => {
      const d = await first('complaints', { id });
      return d ? toComplaint(d) : null;
    },
    bySubject: async (subjectHash, limit) =>
      (
        await col('complaints')
          .where({ subjectHash })
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(Math.min(limit, PAGE))
          .get()
      ).data.map(toComplaint),
    list: async (f, limit) => {
      const where: CloudDoc = {};
      if (f.assigneeStaffId) where.assigneeStaffId = f.assigneeStaffId;
      if (f.unassigned) where.assigneeStaffId = null;
      if (f.departmentId) where.departmentId = f.departmentId;
      if (f.statuses) where.status = db.command.in(f.statuses);
      const { data } = await col('complaints')
        .where(where)
        .orderBy('replyDueAt', 'asc')
        .orderBy('id', 'asc')
        .limit(Math.min(limit, PAGE))
        .get();
      return data.map(toComplaint);
    },
    async transition(next, events, outbox) {
      const key = complaintKey(next.subjectHash, next.requestId);
      try {
        return await db.runTransaction(async (tx) => {
          const current = await txGet(tx, 'complaints', key);
          if (!current || current.version !== next.version - 1) throw new StaleCase();
          await tx
            .collection('complaints')
            .doc(key)
            .set({ data: { ...next } });
          await writeFollowers(tx, next.version, events, outbox);
          return next;
        });
      } catch (err) {
        if (err instanceof StaleCase) return null;
        throw err;
      }
    },
    timeline: async (complaintId) =>
      (
        await col('case_events').where({ complaintId }).orderBy('at', 'asc').orderBy('seq', 'asc').limit(PAGE).get()
      ).data.map(toEvent),
    dueForSweep: async (now, limit) =>
      (
        await col('complaints')
          .where({ nextSweepAt: db.command.lte(now) })
          .orderBy('nextSweepAt', 'asc')
          .orderBy('id', 'asc')
          .limit(Math.min(limit, PAGE))
          .get()
      ).data.map(toComplaint),
    purgeContacts: async (closedBefore) =>
      (
        await col('complaints')
          .where({ closedAt: db.command.lt(closedBefore), contactPhone: db.command.neq(null) })
          .update({ data: { contactPhone: null } })
      ).stats.updated,
    async inbox(q, after, limit) {
      // Raw pipelines: the scope needs $or and $in, which the SDK's where() spells differently.
      const scope: CloudDoc = { staffId: { $ne: q.readerStaffId } };
      if (!q.all) {
        scope.$or = [
          { assigneeStaffId: q.assigneeStaffId },
          { assigneeStaffId: { $ne: null }, departmentId: { $in: q.headOfDepartmentIds } },
        ];
      }
      const open = { $eq: ['$status', 'pending'] };
      const sum = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
      const [counts] = (
        await col('complaints')
          .aggregate([
            { $match: scope },
            {
              $group: {
                _id: null,
                pending: sum(open),
                dueSoon: sum({
                  $and: [open, { $gte: ['$replyDueAt', q.now] }, { $lte: ['$replyDueAt', q.dueSoonUntil] }],
                }),
                overdue: sum({ $and: [open, { $lt: ['$replyDueAt', q.now] }] }),
                replied: sum({ $ne: ['$status', 'pending'] }),
              },
            },
          ])
          .end()
      ).data;
      const answered = q.tab === 'replied';
      const key = answered ? 'updatedAt' : 'replyDueAt';
      const tab: CloudDoc =
        q.tab === 'pending'
          ? { status: 'pending' }
          : q.tab === 'dueSoon'
            ? { status: 'pending', replyDueAt: { $gte: q.now, $lte: q.dueSoonUntil } }
            : q.tab === 'overdue'
              ? { status: 'pending', replyDueAt: { $lt: q.now } }
              : { status: { $ne: 'pending' } };
      const page: CloudDoc[] = [scope, tab];
      if (after) {
        const beyond = answered ? '$lt' : '$gt';
        page.push({ $or: [{ [key]: { [beyond]: after.at } }, { [key]: after.at, id: { [beyond]: after.id } }] });
      }
      const direction = answered ? -1 : 1;
      const { data } = await col('complaints')
        .aggregate([{ $match: { $and: page } }, { $sort: { [key]: direction, id: direction } }, { $limit: limit }])
        .end();
      const rows = data.map(toComplaint);
      const last = rows[rows.length - 1];
      return {
        rows,
        next: rows.length === limit && last ? { at: answered ? last.updatedAt : last.replyDueAt, id: last.id } : null,
        counts: {
          pending: Number(counts?.pending ?? 0),
          dueSoon: Number(counts?.dueSoon ?? 0),
          overdue: Number(counts?.overdue ?? 0),
          replied: Number(counts?.replied ?? 0),
        },
      };
    },
    rawActorEvents: async (limit) =>
      (
        await col('case_events')
          // The principal subjects of security/identity.ts; a keyed hash (base64url) has no colon.
          .aggregate([
            { $match: { 'data.by': { $regex: '^(wx|guest|dev|staff):' } } },
            { $sort: { _id: 1 } },
            { $limit: limit },
            { $project: { _id: 1, by: '$data.by' } },
          ])
          .end()
      ).data.map((d) => ({ id: String(d._id), by: String(d.by) })),
    setEventActor: async (id, by) => {
      await col('case_events')
        .doc(id)
        .update({ data: { data: { by } } });
    },
  };
}

export function cloudbaseOutbox(db: CloudDb): OutboxStore {
  const col = db.collection.bind(db);
  return {
    // A nested object merges into the stored recipient: only its sealed OPENID becomes null.
    purgeSealed: async (before) =>
      (
        await col('outbox')
          .where({
            status: db.command.in(['sent', 'undeliverable']),
            createdAt: db.command.lt(before),
            'recipient.sealedOpenid': db.command.neq(null),
          })
          .update({ data: { recipient: { sealedOpenid: null } } })
      ).stats.updated,
    /** No SKIP LOCKED here: each item is taken by a conditional update on its old due time. */
    async claim(now, leaseUntil, limit) {
      const { data } = await col('outbox')
        .where({ status: 'pending', nextAttemptAt: db.command.lte(now) })
        .orderBy('nextAttemptAt', 'asc')
        .limit(Math.min(limit, PAGE))
        .get();
      const claimed: OutboxItem[] = [];
      for (const d of data) {
        const { stats } = await col('outbox')
          .where({ _id: d._id, status: 'pending', nextAttemptAt: d.nextAttemptAt })
          .update({ data: { nextAttemptAt: leaseUntil, attempts: db.command.inc(1) } });
        if (stats.updated === 1)
          claimed.push({ ...toOutbox(d), nextAttemptAt: leaseUntil, attempts: Number(d.attempts) + 1 });
      }
      return claimed;
    },
    async markSent(id, at) {
      await col('outbox')
        .doc(id)
        .update({ data: { status: 'sent', sentAt: at, lastError: null } });
    },
    async markFailed(id, error, retryAt) {
      await col('outbox')
        .doc(id)
        .update({
          data: retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'undeliverable' },
        });
    },
    async enqueue(items) {
      for (const o of items) {
        try {
          await col('outbox').add({ data: { _id: o.id, ...o } });
        } catch (err) {
          // The same dedup id is already queued: that is the point of the id.
          if (!(await col('outbox').where({ _id: o.id }).limit(1).get()).data.length) throw err;
        }
      }
    },
    byComplaint: async (complaintId) =>
      (
        await col('outbox').where({ complaintId }).orderBy('createdAt', 'asc').orderBy('id', 'asc').limit(PAGE).get()
      ).data.map(toOutbox),
  };
}

export function cloudbaseMessages(db: CloudDb): MessageStore {
  const col = db.collection.bind(db);
  return {
    async add(m) {
      await col('messages')
        .doc(m.id)
        .set({ data: { ...m } });
    },
    forRecipient: async (recipientKey, limit) =>
      (
        await col('messages')
          .where({ recipientKey })
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(Math.min(limit, PAGE))
          .get()
      ).data.map(toMessage),
  };
}

/**
 * Uploaded photos as documents (base64; ≤ 2 MB each, far under the document limit). In WeChat
 * photos go to cloud storage instead (cloud:// ids); this serves H5 callers of a CloudBase backend.
 */
export function cloudbaseFiles(db: CloudDb): FileStore {
  const col = db.collection.bind(db);
  return {
    async put(f) {
      const { bytes, ...rest } = f;
      await col('files').add({ data: { _id: f.id, ...rest, data: Buffer.from(bytes).toString('base64') } });
    },
    async get(id) {
      const [d] = (await col('files').where({ _id: id }).limit(1).get()).data;
      if (!d) return null;
      // The bytes are kept as base64 under `data`.
      const { data, ...f } = strip<Omit<StoredFile, 'bytes'> & { data: string }>(d);
      return { ...f, bytes: new Uint8Array(Buffer.from(data, 'base64')), createdAt: new Date(f.createdAt) };
    },
    async attach(ids, complaintId) {
      if (ids.length)
        await col('files')
          .where({ _id: db.command.in(ids), complaintId: null })
          .update({ data: { complaintId } });
    },
  };
}
