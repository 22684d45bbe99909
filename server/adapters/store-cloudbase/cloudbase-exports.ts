/** Export jobs and keyset pages in the CloudBase database; pages are raw pipelines sorted on (createdAt, id). */
import type { ComplaintExportRow, EvaluationExportRow, ExportJob, ExportStore, PageCursor } from '../../ports/exports';
import type { StatsFilter } from '../../ports/stats';
import type { CloudDb, CloudDoc } from './cloud-db';

const date = (v: unknown) => (v == null ? null : new Date(v as string | Date));

function toJob(d: CloudDoc): ExportJob {
  const { _id: _ignored, ...f } = d;
  return {
    ...(f as unknown as ExportJob),
    createdAt: new Date(f.createdAt as Date),
    updatedAt: new Date(f.updatedAt as Date),
  };
}

function match(f: StatsFilter, after: PageCursor | null): CloudDoc {
  const m: CloudDoc = { createdAt: { $gte: f.from, $lt: f.to } };
  if (f.departmentId) m.departmentId = f.departmentId;
  if (f.windowId) m.windowId = f.windowId;
  if (f.staffId) m.staffId = f.staffId;
  if (f.matterId) m.matterId = f.matterId;
  if (after)
    m.$or = [{ createdAt: { $gt: after.createdAt, $lt: f.to } }, { createdAt: after.createdAt, id: { $gt: after.id } }];
  return m;
}

export function cloudbaseExports(db: CloudDb): ExportStore {
  const jobs = () => db.collection('export_jobs');
  const pageOf = async (
    collection: string,
    f: StatsFilter,
    after: PageCursor | null,
    limit: number,
    fields: string[],
  ) => {
    const project = Object.fromEntries([...fields, 'id', 'createdAt'].map((k) => [k, 1]));
    const { data } = await db
      .collection(collection)
      .aggregate([
        { $match: match(f, after) },
        { $sort: { createdAt: 1, id: 1 } },
        { $limit: limit },
        { $project: { _id: 0, ...project } },
      ])
      .end();
    const last = data[data.length - 1];
    return {
      data,
      next: data.length === limit && last ? { createdAt: new Date(last.createdAt as Date), id: String(last.id) } : null,
    };
  };
  return {
    async start(job) {
      try {
        await jobs().add({ data: { _id: job.id, ...job } });
        return { created: true, job };
      } catch (err) {
        const { data } = await jobs().where({ _id: job.id }).limit(1).get();
        if (data.length) return { created: false, job: toJob(data[0]) };
        throw err;
      }
    },
    async get(id) {
      const { data } = await jobs().where({ _id: id }).limit(1).get();
      return data.length ? toJob(data[0]) : null;
    },
    async update(id, patch) {
      const data = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      await jobs().doc(id).update({ data });
    },
    async evaluationsPage(f, after, limit) {
      const { data, next } = await pageOf('evaluations', f, after, limit, [
        'departmentId',
        'windowId',
        'staffId',
        'cardId',
        'level',
        'firstLevel',
        'dimensions',
        'tags',
        'comment',
      ]);
      const rows = data.map((d): EvaluationExportRow => ({
        id: String(d.id),
        createdAt: new Date(d.createdAt as Date),
        departmentId: String(d.departmentId),
        windowId: (d.windowId ?? null) as string | null,
        staffId: (d.staffId ?? null) as string | null,
        cardId: (d.cardId ?? null) as string | null,
        level: Number(d.level),
        firstLevel: Number(d.firstLevel ?? d.level),
        dimensions: (d.dimensions ?? {}) as Record<string, number>,
        tags: (d.tags ?? []) as string[],
        comment: String(d.comment ?? ''),
      }));
      return { rows, next };
    },
    async complaintsPage(f, after, limit) {
      const fields = [
        'trackingNo',
        'departmentId',
        'windowId',
        'staffId',
        'category',
        'content',
        'status',
        'firstReplyDueAt',
        'firstRepliedAt',
        'rating',
        'reopenCount',
      ];
      const { data, next } = await pageOf('complaints', f, after, limit, fields);
      const rows = data.map((d): ComplaintExportRow => ({
        id: String(d.id),
        trackingNo: String(d.trackingNo),
        createdAt: new Date(d.createdAt as Date),
        departmentId: String(d.departmentId),
        windowId: (d.windowId ?? null) as string | null,
        staffId: (d.staffId ?? null) as string | null,
        category: String(d.category),
        content: String(d.content),
        status: String(d.status),
        firstReplyDueAt: new Date(d.firstReplyDueAt as Date),
        firstRepliedAt: date(d.firstRepliedAt),
        rating: (d.rating ?? null) as string | null,
        reopenCount: Number(d.reopenCount ?? 0),
      }));
      return { rows, next };
    },
  };
}
