/** The annual assessment sheet (考核表) as Excel: one worksheet per department, with 责任追究 consequences. */
import { assessmentSheet, rulesText } from './assessment.actions';
import { defineAction } from '../../core/define-action';
import { runExport } from '../../app/export-job';
import { writeSheets } from '../../app/export-sheets';

const COLUMNS = [
  { header: '名次', width: 6 },
  { header: '姓名', width: 10 },
  { header: '工号', width: 10 },
  { header: '互评（40%）', width: 12 },
  { header: '负责人评分（40%）', width: 16 },
  { header: '服务对象评价（20%）', width: 18 },
  { header: '评价数', width: 8 },
  { header: '自评（不计分）', width: 14 },
  { header: '总分', width: 8 },
  { header: '等次', width: 6 },
  { header: '扣发奖金（%）', width: 14 },
  { header: '评奖资格', width: 24 },
];

const blank = (x: number | null) => (x === null ? '' : x);

export const exportAssessment = defineAction({
  name: 'export.assessment',
  summary:
    'The year’s assessment sheet as Excel, one worksheet per department (as assessment.compute, with the same access).',
  async handler(input, ctx) {
    const { staff, config } = await assessmentSheet(ctx, input.year, input.departmentId);
    const departments = [...new Set(staff.map((s) => s.departmentName))];
    return runExport(ctx, {
      kind: 'assessment',
      params: { ...input },
      fileName: `${input.year}年度考核表.xlsx`,
      rowsTotal: staff.length,
      write: (sink, progress) =>
        writeSheets(
          sink,
          [
            ...departments.map((name) => ({
              // Excel allows 31 characters and no []:*?/\ in a sheet name.
              name: name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || '部门',
              title: `${input.year} 年度绩效考核表 · ${name}`,
              columns: COLUMNS,
              rows: (async function* () {
                yield staff
                  .filter((s) => s.departmentName === name)
                  .map((s) => [
                    s.rank ?? '',
                    s.name,
                    s.number,
                    blank(s.peer),
                    blank(s.head),
                    blank(s.residents),
                    s.evaluations,
                    blank(s.self),
                    blank(s.total),
                    s.grade ?? '未定档',
                    s.deductionPct,
                    s.awardEligible ? '有' : `取消（${s.ineligibleReason}）`,
                  ]);
              })(),
            })),
            {
              name: '规则',
              columns: [{ header: '考核规则', width: 120 }],
              rows: (async function* () {
                yield [[rulesText(config)]];
              })(),
            },
          ],
          progress,
        ),
    });
  },
});
