/**
 * Excel exports for the evaluation office (and a head for their department): evaluations
 * de-identified, complaints with their deadlines and ratings, and a period's rankings.
 */
import { RATING_LABELS, STATUS_LABELS } from '../../contract/complaint.schema';
import type { ExportPeriodInput } from '../../contract/export.schema';
import { levelLabel } from '../../domain/evaluation.rules';
import { isCalendarPeriod } from '../../domain/stats.rules';
import { daysBetween, shanghaiDateTime, shanghaiPeriod } from '../../contract/dates';
import { errors } from '../../core/errors';
import type { PageCursor, Page } from '../../ports/exports';
import type { StatsFilter } from '../../ports/stats';
import { defineAction, type ActionContext, type StaffCaller } from '../../core/define-action';
import { exportDepartment, exportKey, runExport, viewOf } from '../../app/export-job';
import { writeSheet } from '../../app/export-sheets';
import { evaluationForm } from '../../app/settings';
import { customPeriodRefused, rankings } from '../stats/stats.actions';

const PAGE = 2000;
const MAX_DAYS = 400;

/** A stamp in Shanghai wall-clock time, as people read it in a spreadsheet. */
const stamp = (at: Date | null) => (at ? shanghaiDateTime(at) : '');

async function periodOf(input: ExportPeriodInput, ctx: ActionContext<StaffCaller>): Promise<StatsFilter> {
  if (daysBetween(input.from, input.to) > MAX_DAYS)
    throw errors.invalid([{ path: 'to', message: `导出时段最长 ${MAX_DAYS} 天` }]);
  if (ctx.caller.staff?.role !== 'admin' && !isCalendarPeriod(input.from, input.to)) throw customPeriodRefused();
  const departmentId = await exportDepartment(ctx, input.departmentId);
  return { ...shanghaiPeriod(input.from, input.to), ...(departmentId ? { departmentId } : {}) };
}

/** Names for ids, read once per export. */
async function directory(ctx: ActionContext) {
  const { org } = ctx.deps.store;
  const [departments, windows, staff] = await Promise.all([org.departments(), org.windows(), org.staff()]);
  return {
    department: new Map(departments.map((d) => [d.id, d.name])),
    window: new Map(windows.map((w) => [w.id, w.name])),
    staff: new Map(staff.map((s) => [s.id, s])),
  };
}

async function* pages<T>(read: (after: PageCursor | null) => Promise<Page<T>>): AsyncIterable<T[]> {
  for (let after: PageCursor | null = null; ;) {
    const page: Page<T> = await read(after);
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

export const exportEvaluations = defineAction({
  name: 'export.evaluations',
  summary:
    'The office only (403 for heads and staff: single evaluations are not statistics): the period’s evaluations as an ' +
    'Excel file, one row each, without any evaluator identity. Poll export.status with the same requestId for progress; ' +
    'the answer carries the download URL.',
  async handler(input, ctx) {
    const f = await periodOf(input, ctx);
    const [names, form, total] = await Promise.all([
      directory(ctx),
      evaluationForm(ctx.deps.store),
      ctx.deps.store.stats.evaluations(f),
    ]);
    const dims = form.dimensions;
    return runExport(ctx, {
      kind: 'evaluations',
      params: { ...input },
      fileName: `评价明细_${input.from}_${input.to}.xlsx`,
      rowsTotal: total.count,
      write: (sink, progress) =>
        writeSheet(
          sink,
          '评价明细',
          [
            { header: '评价时间', width: 18 },
            { header: '部门', width: 16 },
            { header: '窗口', width: 14 },
            { header: '工作人员', width: 10 },
            { header: '工号', width: 10 },
            { header: '评价对象', width: 12 },
            { header: '等级', width: 6 },
            { header: '评价', width: 12 },
            { header: '修改前', width: 12 },
            ...dims.map((d) => ({ header: d.label, width: 10 })),
            { header: '标签', width: 24 },
            { header: '意见建议', width: 48 },
          ],
          (async function* () {
            for await (const rows of pages((after) => ctx.deps.store.exports.evaluationsPage(f, after, PAGE))) {
              yield rows.map((e) => {
                const s = e.staffId ? names.staff.get(e.staffId) : undefined;
                return [
                  stamp(e.createdAt),
                  names.department.get(e.departmentId) ?? '',
                  e.windowId ? (names.window.get(e.windowId) ?? '') : '',
                  s?.name ?? '',
                  s?.number ?? '',
                  e.cardId ? '办事监督卡' : '窗口',
                  e.level,
                  levelLabel(e.level),
                  // The level as first given, when an amendment changed it: the office sees what was raised.
                  e.firstLevel !== e.level ? levelLabel(e.firstLevel) : '',
                  ...dims.map((d) => e.dimensions[d.key] ?? ''),
                  e.tags.join('、'),
                  e.comment,
                ];
              });
            }
          })(),
          progress,
        ),
    });
  },
});

export const exportComplaints = defineAction({
  name: 'export.complaints',
  summary:
    'Admins (a head: their department): the period’s complaints as an Excel file with deadline, first reply time, ' +
    'on-time flag, status and the complainant’s rating; no complainant identity or phone.',
  async handler(input, ctx) {
    const f = await periodOf(input, ctx);
    const [names, total] = await Promise.all([directory(ctx), ctx.deps.store.stats.complaints(f, ctx.now)]);
    return runExport(ctx, {
      kind: 'complaints',
      params: { ...input },
      fileName: `投诉明细_${input.from}_${input.to}.xlsx`,
      rowsTotal: total.count,
      write: (sink, progress) =>
        writeSheet(
          sink,
          '投诉明细',
          [
            { header: '受理编号', width: 18 },
            { header: '提交时间', width: 18 },
            { header: '部门', width: 16 },
            { header: '窗口', width: 14 },
            { header: '被投诉人', width: 10 },
            { header: '类别', width: 10 },
            { header: '投诉内容', width: 48 },
            { header: '状态', width: 10 },
            { header: '答复期限', width: 18 },
            { header: '首次答复时间', width: 18 },
            { header: '按时答复', width: 10 },
            { header: '群众评价', width: 10 },
            { header: '重新办理次数', width: 12 },
          ],
          (async function* () {
            for await (const rows of pages((after) => ctx.deps.store.exports.complaintsPage(f, after, PAGE))) {
              yield rows.map((c) => {
                const late = c.firstRepliedAt ? c.firstRepliedAt > c.firstReplyDueAt : ctx.now > c.firstReplyDueAt;
                const onTime = c.firstRepliedAt ? (late ? '否' : '是') : late ? '否（未答复）' : '未到期';
                return [
                  c.trackingNo,
                  stamp(c.createdAt),
                  names.department.get(c.departmentId) ?? '',
                  c.windowId ? (names.window.get(c.windowId) ?? '') : '',
                  c.staffId ? (names.staff.get(c.staffId)?.name ?? '') : '',
                  c.category,
                  c.content,
                  STATUS_LABELS[c.status as keyof typeof STATUS_LABELS] ?? c.status,
                  stamp(c.firstReplyDueAt),
                  stamp(c.firstRepliedAt),
                  onTime,
                  c.rating ? (RATING_LABELS[c.rating as keyof typeof RATING_LABELS] ?? '') : '',
                  c.reopenCount,
                ];
              });
            }
          })(),
          progress,
        ),
    });
  },
});

export const exportRankings = defineAction({
  name: 'export.rankings',
  summary: 'The period’s rankings (as stats.rankings, with the same access) as an Excel file.',
  async handler(input, ctx) {
    const rows = await rankings(input, ctx);
    const title = { department: '部门', window: '窗口', staff: '人员' }[input.by];
    const pct = (x: number | null) => (x === null ? '样本不足' : Math.round(x * 1000) / 10);
    return runExport(ctx, {
      kind: 'rankings',
      params: { ...input },
      fileName: `${title}满意率排名_${input.from}_${input.to}.xlsx`,
      rowsTotal: rows.length,
      write: (sink, progress) =>
        writeSheet(
          sink,
          `${title}排名`,
          [
            { header: '名次', width: 6 },
            { header: title, width: 20 },
            { header: '评价数', width: 8 },
            { header: '满意率（%）', width: 12 },
            { header: '差评率（%）', width: 12 },
          ],
          (async function* () {
            yield rows.map((r) => [
              r.rank ?? '不参与排名',
              r.name,
              r.evaluations,
              pct(r.satisfactionRate),
              pct(r.badRate),
            ]);
          })(),
          progress,
        ),
    });
  },
});

export const exportStatus = defineAction({
  name: 'export.status',
  summary: 'The caller’s export started with this requestId: progress while it builds, then a fresh download URL.',
  async handler(input, ctx) {
    const job = await ctx.deps.store.exports.get(exportKey(ctx.caller.staff.id, input.requestId));
    if (!job) throw errors.notFound('EXPORT.NOT_FOUND', '该导出任务');
    return viewOf(ctx, job);
  },
});
