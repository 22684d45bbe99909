/** Scores from a spreadsheet: every row is checked first; one bad row and nothing is written. */
import { audit } from '../../app/audit-trail';
import { errors, type Issue } from '../../core/errors';
import type { AssessmentScore } from '../../ports/assessments';
import { mayAssess } from './assessment.actions';
import { defineAction } from '../../core/define-action';
import { cell, readSheet, refuseRows, rowPath } from '../../app/sheet-import';

/** '' = leave as it is; otherwise 0–100 with at most two decimals. */
function score(text: string | undefined): number | null | undefined | 'bad' {
  if (text === undefined || text === '') return undefined;
  if (text === '-' || text === '—') return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || Number(text) > 100) return 'bad';
  return Number(text);
}

const pickScores = (s: AssessmentScore | undefined) => ({
  peer: s?.peer ?? null,
  head: s?.head ?? null,
  self: s?.self ?? null,
});

export const assessmentImport = defineAction({
  name: 'assessment.import',
  summary:
    'Imports a year’s scores from an uploaded .xlsx (columns 工号, 互评, 负责人评分, 自评; the exported sheet filled in ' +
    'will do): an empty cell leaves a score as it is, “-” clears it. All rows are checked first; any bad row → nothing written.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const rows = await readSheet(ctx.deps, input.fileId, '工号');
    if (!rows.length) throw errors.invalid([{ path: 'fileId', message: '表格中没有找到“工号”列或没有数据' }]);
    const staff = new Map((await store.org.staff()).map((s) => [s.number, s]));
    const current = new Map((await store.assessments.scores(input.year)).map((s) => [s.staffId, s]));
    const issues: Issue[] = [];
    const next = new Map<string, AssessmentScore>();
    for (const r of rows) {
      const number = cell(r, '工号') ?? '';
      const person = staff.get(number);
      if (!person) {
        issues.push({ path: rowPath(r), message: `第 ${r.row} 行：没有工号为“${number}”的工作人员` });
        continue;
      }
      if (!(await mayAssess(ctx, person))) {
        issues.push({ path: rowPath(r), message: `第 ${r.row} 行：无权为 ${person.name} 评分` });
        continue;
      }
      const values = { peer: score(cell(r, '互评')), head: score(cell(r, '负责人评分')), self: score(cell(r, '自评')) };
      if (Object.values(values).includes('bad')) {
        issues.push({ path: rowPath(r), message: `第 ${r.row} 行：分数应为 0–100，最多两位小数` });
        continue;
      }
      const before = next.get(person.id) ?? current.get(person.id);
      const pick = (v: number | null | undefined | 'bad', was: number | null | undefined) =>
        v === undefined ? (was ?? null) : (v as number | null);
      next.set(person.id, {
        year: input.year,
        staffId: person.id,
        peer: pick(values.peer, before?.peer),
        head: pick(values.head, before?.head),
        self: pick(values.self, before?.self),
        enteredByStaffId: ctx.caller.staff.id,
        updatedAt: ctx.now,
      });
    }
    if (issues.length) refuseRows(issues);
    // Each write is an upsert of a whole row: importing the same sheet again writes the same scores.
    for (const s of next.values()) await store.assessments.putScore(s);
    await audit(ctx, {
      kind: 'assessment.import',
      target: `assessment:${input.year}`,
      summary: `导入 ${input.year} 年考核评分 ${next.size} 人`,
      before: [...next.keys()].map((id) => ({ staffId: id, ...pickScores(current.get(id)) })),
      after: [...next.values()].map((s) => ({ staffId: s.staffId, ...pickScores(s) })),
    });
    return { year: input.year, imported: next.size };
  },
});
