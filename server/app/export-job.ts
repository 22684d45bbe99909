/**
 * The life of an export: one job per (requester, request id), built once, progress written
 * page by page for export.status, the finished file kept by the host's ReportFiles. A retry
 * with the same request id finds the same job instead of building again.
 */
import { departmentsHeadedBy } from '../domain/scope.rules';
import { audit } from './audit-trail';
import { createHash } from 'node:crypto';
import type { ExportOutput } from '../contract/export.schema';
import { errors, fail } from '../core/errors';
import type { ExportJob, ExportKind, ReportSink } from '../ports/exports';
import { requestHash } from '../security/request-hash';
import type { ActionContext, StaffCaller } from '../core/define-action';

export const exportKey = (staffId: string, requestId: string) =>
  `X${createHash('sha256').update(`export\n${staffId}\n${requestId}`).digest('hex').slice(0, 24)}`;

/** Admins export any department; a head only their own; nobody else exports. */
export async function exportDepartment(
  ctx: ActionContext<StaffCaller>,
  asked: string | undefined,
): Promise<string | undefined> {
  const me = ctx.caller.staff;
  if (me.role === 'admin') return asked;
  const headOf = departmentsHeadedBy(await ctx.deps.store.org.departments(), me.id);
  const department = asked ?? headOf[0];
  if (!department || !headOf.includes(department)) {
    throw fail('EXPORT.FORBIDDEN');
  }
  return department;
}

export async function viewOf(ctx: ActionContext, job: ExportJob): Promise<ExportOutput> {
  const out: ExportOutput = {
    exportId: job.id,
    status: job.status,
    rowsDone: job.rowsDone,
    rowsTotal: job.rowsTotal,
    fileName: job.fileName,
    size: job.size,
  };
  if (job.status === 'done' && job.fileId) {
    out.url = await ctx.deps.reports.link(job.fileId, job.fileName, ctx.now);
    // Whoever is handed a download link is on the trail (once per request; polls repeat it).
    await audit(ctx, {
      kind: 'export.download',
      target: `download:${job.id}`,
      summary: `获取下载链接：${job.fileName}`,
    });
  }
  return out;
}

export interface ExportPlan {
  kind: ExportKind;
  params: Record<string, unknown>;
  fileName: string;
  rowsTotal: number;
  /** Writes the file into the sink, reporting rows written after each page; answers the row count. */
  write(sink: ReportSink, progress: (rowsDone: number) => Promise<void>): Promise<number>;
}

export async function runExport(ctx: ActionContext<StaffCaller>, plan: ExportPlan): Promise<ExportOutput> {
  const { store, reports, clock, logger } = ctx.deps;
  const me = ctx.caller.staff;
  const id = exportKey(me.id, ctx.requestId);
  const params = { ...plan.params, hash: requestHash(plan.params) };
  const { created, job } = await store.exports.start({
    id,
    kind: plan.kind,
    requestedBy: me.id,
    requestId: ctx.requestId,
    params,
    status: 'building',
    rowsDone: 0,
    rowsTotal: plan.rowsTotal,
    fileId: null,
    fileName: plan.fileName,
    size: 0,
    error: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  if (!created) {
    if (job.kind !== plan.kind || job.params.hash !== params.hash) throw errors.keyReused();
    return viewOf(ctx, job);
  }
  await audit(ctx, {
    kind: 'export',
    target: `export:${id}`,
    summary: `导出 ${plan.fileName}`,
    after: { kind: plan.kind, params: plan.params },
  });
  const sink = await reports.create(plan.fileName);
  try {
    const rows = await plan.write(sink, (rowsDone) => store.exports.update(id, { rowsDone, updatedAt: clock.now() }));
    const { fileId, size } = await sink.finish();
    const done = {
      ...job,
      status: 'done' as const,
      rowsDone: rows,
      rowsTotal: Math.max(rows, job.rowsTotal),
      fileId,
      size,
      updatedAt: clock.now(),
    };
    await store.exports.update(id, {
      status: done.status,
      rowsDone: done.rowsDone,
      rowsTotal: done.rowsTotal,
      fileId,
      size,
      updatedAt: done.updatedAt,
    });
    logger.info('export.done', { kind: plan.kind, rows, size });
    return viewOf(ctx, done);
  } catch (err) {
    await sink.abort();
    await store.exports.update(id, {
      status: 'failed',
      error: String((err as Error).message ?? err).slice(0, 200),
      updatedAt: clock.now(),
    });
    logger.error('export.failed', { kind: plan.kind, error: String((err as Error).message ?? err) });
    throw fail('EXPORT.FAILED');
  }
}
