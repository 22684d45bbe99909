/**
 * 评议报告: one period's summary figures, department rankings, the most frequent complaint
 * categories and 差评 reasons, the cases overdue now and the rectifications still open — as data
 * for the printable page, and as an Excel file.
 */
import type { StatsReportInput, StatsReportOutput } from '../../contract/stats.schema';
import { isRectOverdue, RECT_STATUS_LABELS } from '../../domain/rectification.rules';
import { daysBetween, shanghaiDate, shanghaiPeriod } from '../../contract/dates';
import { followupFigures, overview } from '../../domain/stats.rules';
import { RUNG_LABELS } from '../../domain/ladder.rules';
import { cardDaysOverdue } from '../../domain/card.rules';
import { complaintLadder } from '../../app/settings';
import { errors } from '../../core/errors';
import { dueText } from '../../app/complaint-notices';
import { defineAction, type ActionContext, type StaffCaller } from '../../core/define-action';
import { runExport } from '../../app/export-job';
import { writeSheets } from '../../app/export-sheets';
import { rankings } from './stats.actions';

const MAX_DAYS = 400;
const TOP = 10;
const LIST_MAX = 200;

const top = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP);

export async function buildReport(
  input: StatsReportInput,
  ctx: ActionContext<StaffCaller>,
): Promise<StatsReportOutput> {
  if (daysBetween(input.from, input.to) > MAX_DAYS)
    throw errors.invalid([{ path: 'to', message: `报告时段最长 ${MAX_DAYS} 天` }]);
  const { store } = ctx.deps;
  const f = shanghaiPeriod(input.from, input.to);
  const [e, c, fu, cards, overdueCards, reasons, departments, staff, open, rects, ladder] = await Promise.all([
    store.stats.evaluations(f),
    store.stats.complaints(f, ctx.now),
    store.followups.figures(f),
    store.stats.cards(f, ctx.now),
    store.cards.openOverdue({ now: ctx.now, limit: LIST_MAX }),
    store.stats.badReasons(f),
    store.org.departments(),
    store.org.staff(),
    store.complaints.list({ statuses: ['pending'] }, 1000),
    store.rectifications.list({ statuses: ['open', 'submitted'] }, 500),
    complaintLadder(store),
  ]);
  // The office sees every figure (still only aggregates).
  const summary = { ...overview(e, c, 'office'), followups: followupFigures(e, fu, 'office'), cards };
  const dept = new Map(departments.map((d) => [d.id, d.name]));
  const person = new Map(staff.map((s) => [s.id, s.name]));
  const today = shanghaiDate(ctx.now);
  return {
    from: input.from,
    to: input.to,
    generatedAt: ctx.now.toISOString(),
    summary,
    departments: await rankings({ ...input, by: 'department' }, ctx),
    categories: summary.complaints.categories.slice(0, TOP),
    badReasons: top(reasons),
    overdue: open
      .filter((x) => x.replyDueAt < ctx.now)
      .sort((a, b) => a.replyDueAt.getTime() - b.replyDueAt.getTime())
      .slice(0, LIST_MAX)
      .map((x) => ({
        trackingNo: x.trackingNo,
        department: dept.get(x.departmentId) ?? '',
        handler: x.assigneeStaffId ? (person.get(x.assigneeStaffId) ?? '') : '督办中',
        category: x.category,
        dueAt: dueText(x.replyDueAt),
        daysLate: Math.max(1, daysBetween(shanghaiDate(x.replyDueAt), today)),
        ladder: x.ladderStep > 0 && ladder[x.ladderStep - 1] ? RUNG_LABELS[ladder[x.ladderStep - 1].rung] : '',
      })),
    overdueCards: overdueCards.map((x) => ({
      cardId: x.id,
      matter: x.matter,
      department: dept.get(x.departmentId) ?? '',
      staff: person.get(x.staffId) ?? '',
      dueDate: shanghaiDate(x.dueAt),
      daysLate: Math.max(1, cardDaysOverdue(x, ctx.now)),
    })),
    rectifications: rects.slice(0, LIST_MAX).map((r) => ({
      id: r.id,
      problem: r.problem,
      department: dept.get(r.ownerDepartmentId) ?? '',
      dueOn: r.dueOn,
      status: RECT_STATUS_LABELS[r.status],
      overdue: isRectOverdue(r, ctx.now),
    })),
  };
}

export const statsReport = defineAction({
  name: 'stats.report',
  summary:
    'Admin: the 评议报告 of a period — summary figures, department rankings, top complaint categories and 差评 reasons, ' +
    'cases and cards overdue now, rectifications still open. Figures only; no evaluator is named.',
  handler: (input, ctx) => buildReport(input, ctx),
});

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const once = (rows: unknown[][]) =>
  (async function* () {
    yield rows;
  })();
const cols = (...hs: [string, number][]) => hs.map(([header, width]) => ({ header, width }));

export const exportReport = defineAction({
  name: 'export.report',
  summary:
    'Admin: the 评议报告 of a period as an Excel workbook (概况, 部门排名, 投诉类别, 差评原因, 逾期投诉, 超期监督卡, 整改事项).',
  async handler(input, ctx) {
    const r = await buildReport(input, ctx);
    const s = r.summary;
    const title = `评议报告（${r.from} 至 ${r.to}）`;
    const rows =
      r.departments.length +
      r.categories.length +
      r.badReasons.length +
      r.overdue.length +
      r.overdueCards.length +
      r.rectifications.length +
      10;
    return runExport(ctx, {
      kind: 'report',
      params: { ...input },
      fileName: `评议报告_${r.from}_${r.to}.xlsx`,
      rowsTotal: rows,
      write: (sink, progress) =>
        writeSheets(
          sink,
          [
            {
              name: '概况',
              title,
              columns: cols(['指标', 24], ['数值', 16]),
              rows: once([
                ['评价数', s.evaluations],
                ['满意率（非常满意+满意）', pct(s.satisfactionRate)],
                ['差评率（不满意+非常不满意）', pct(s.badRate)],
                ['投诉数', s.complaints.count],
                ['按时答复率', pct(s.complaints.onTimeRate)],
                ['当前逾期未答复', s.complaints.overdueNow],
                ['重新办理率', pct(s.complaints.reopenRate)],
                ['平均答复用时（小时）', s.complaints.avgReplyHours ?? '—'],
                ['90% 答复用时（小时）', s.complaints.p90ReplyHours ?? '—'],
                ['差评数', s.followups?.bad ?? 0],
                ['回访率（已回访÷差评）', pct(s.followups?.followupRate ?? null)],
                ['差评整改率（已处置÷差评）', pct(s.followups?.disposalRate ?? null)],
                ...(s.followups?.classifications ?? []).map((x) => [`核实为${x.name}`, x.count]),
                ['申诉成立不计入统计的评价', s.followups?.excluded ?? 0],
                ['开具监督卡', s.cards.issued],
                ['已办结', s.cards.completed],
                ['按时办结率（按时办结÷已办结）', pct(s.cards.onTimeRate)],
                ['当前超期未办结', s.cards.openOverdue],
                ['一次性告知补正', s.cards.supplements],
                ['退回（不予办理）', s.cards.returned],
                ['未验收整改事项', r.rectifications.length],
              ]),
            },
            {
              name: '部门排名',
              title,
              columns: cols(['名次', 8], ['部门', 20], ['评价数', 10], ['满意率', 10], ['差评率', 10]),
              rows: once(
                r.departments.map((d) => [
                  d.rank ?? '不参与排名',
                  d.name,
                  d.evaluations,
                  pct(d.satisfactionRate),
                  pct(d.badRate),
                ]),
              ),
            },
            {
              name: '投诉类别',
              title,
              columns: cols(['类别', 20], ['件数', 10]),
              rows: once(r.categories.map((x) => [x.name, x.count])),
            },
            {
              name: '差评原因',
              title,
              columns: cols(['原因', 20], ['次数', 10]),
              rows: once(r.badReasons.map((x) => [x.name, x.count])),
            },
            {
              name: '逾期投诉',
              title,
              columns: cols(
                ['受理编号', 18],
                ['部门', 16],
                ['处理人', 10],
                ['类别', 10],
                ['答复期限', 18],
                ['逾期天数', 10],
                ['督办', 8],
              ),
              rows: once(
                r.overdue.map((x) => [
                  x.trackingNo,
                  x.department,
                  x.handler,
                  x.category,
                  x.dueAt,
                  x.daysLate,
                  x.ladder,
                ]),
              ),
            },
            {
              name: '超期监督卡',
              title,
              columns: cols(['办事事项', 30], ['部门', 16], ['开卡人', 10], ['办结期限', 12], ['超期天数', 10]),
              rows: once(r.overdueCards.map((x) => [x.matter, x.department, x.staff, x.dueDate, x.daysLate])),
            },
            {
              name: '整改事项',
              title,
              columns: cols(['存在问题', 40], ['责任部门', 16], ['整改期限', 12], ['状态', 10]),
              rows: once(
                r.rectifications.map((x) => [x.problem, x.department, x.dueOn, x.overdue ? '已逾期' : x.status]),
              ),
            },
          ],
          progress,
        ),
    });
  },
});
