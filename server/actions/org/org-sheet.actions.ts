/**
 * The whole organisation as one Excel workbook (部门, 人员, 窗口, 事项) and back. The export is
 * the template: fill it in and import it. Rows are matched by their natural keys (department
 * name, staff number, window and matter name within their department), so an import adds and
 * updates, and never deletes. Every row is checked first; one bad row and nothing is written.
 */
import { audit, staffFacts } from '../../app/audit-trail';
import { emptyMatterNotice, MATTER_TYPES, type MatterType } from '../../contract/card.schema';
import { materialsText, parseMaterials } from '../../app/matter-sheet';
import { cardDayKind } from '../../app/settings';
import { daySchema, phoneSchema } from '../../contract/common.schema';
import type { Issue } from '../../core/errors';
import type { Department, Matter, Staff, Window } from '../../ports/store';
import { defineAction } from '../../core/define-action';
import { runExport } from '../../app/export-job';
import { writeSheets } from '../../app/export-sheets';
import { readSheets, refuseRows, rowPath, type SheetRow } from '../../app/sheet-import';

const ROLE_LABELS = { staff: '工作人员', admin: '管理员' } as const;
const DAY_KIND_LABELS = { working: '工作日', natural: '自然日' } as const;
const DAY_KIND_BY_LABEL = new Map<string, 'working' | 'natural'>([
  ['工作日', 'working'],
  ['自然日', 'natural'],
]);
const HEADERS = {
  departments: ['部门名称', '负责人工号', '监督电话'],
  staff: ['工号', '姓名', '部门', '角色', '备岗工号', '请假（开始~结束，多段用；分隔）'],
  windows: ['窗口名称', '部门', 'A岗工号', 'B岗工号'],
  matters: [
    '事项名称',
    '部门',
    '类型',
    '承诺天数',
    '一次性告知内容',
    '法定天数',
    '时限类型',
    '受理条件',
    '材料清单',
    '办理流程',
    '收费',
    '设定依据',
  ],
};
const widths = (hs: string[]) => hs.map((h) => ({ header: h, width: Math.max(10, h.length * 2 + 4) }));
const once = (rows: unknown[][]) =>
  (async function* () {
    yield rows;
  })();

export const exportOrg = defineAction({
  name: 'export.org',
  summary:
    'Admin: the whole organisation as an Excel workbook (部门, 人员, 窗口, 事项) — also the template for org.import.',
  async handler(_input, ctx) {
    const { org } = ctx.deps.store;
    const [departments, staff, windows, matters] = await Promise.all([
      org.departments(),
      org.staff(),
      org.windows(),
      org.matters(),
    ]);
    const dept = new Map(departments.map((d) => [d.id, d.name]));
    const number = new Map(staff.map((s) => [s.id, s.number]));
    const num = (id: string | null) => (id ? (number.get(id) ?? '') : '');
    return runExport(ctx, {
      kind: 'report',
      params: { org: true },
      fileName: '组织架构.xlsx',
      rowsTotal: departments.length + staff.length + windows.length + matters.length,
      write: (sink, progress) =>
        writeSheets(
          sink,
          [
            {
              name: '部门',
              columns: widths(HEADERS.departments),
              rows: once(departments.map((d) => [d.name, num(d.headStaffId), d.supervisionPhone])),
            },
            {
              name: '人员',
              columns: widths(HEADERS.staff),
              rows: once(
                staff.map((s) => [
                  s.number,
                  s.name,
                  dept.get(s.departmentId) ?? '',
                  ROLE_LABELS[s.role],
                  num(s.backupStaffId),
                  s.leave.map((p) => `${p.from}~${p.to}`).join('；'),
                ]),
              ),
            },
            {
              name: '窗口',
              columns: widths(HEADERS.windows),
              rows: once(
                windows.map((w) => [w.name, dept.get(w.departmentId) ?? '', num(w.aStaffId), num(w.bStaffId)]),
              ),
            },
            {
              name: '事项',
              columns: widths(HEADERS.matters),
              rows: once(
                matters.map((m) => [
                  m.name,
                  dept.get(m.departmentId) ?? '',
                  m.type,
                  m.promisedDays,
                  m.notes,
                  m.legalDays ?? '',
                  DAY_KIND_LABELS[m.dayKind],
                  m.notice.conditions,
                  materialsText(m.notice.materials),
                  m.notice.process,
                  m.notice.fee,
                  m.notice.basis,
                ]),
              ),
            },
          ],
          progress,
        ),
    });
  },
});

export const orgImport = defineAction({
  name: 'org.import',
  summary:
    'Admin: imports an organisation workbook (the export.org file, filled in): departments, staff, windows and matters are ' +
    'added or updated by name / number; nothing is deleted. All rows are checked first; any bad row → nothing written.',
  async handler(input, ctx) {
    const { org } = ctx.deps.store;
    const sheets = await readSheets(ctx.deps, input.fileId, ['部门名称', '工号', '窗口名称', '事项名称']);
    const [departments, staff, windows, matters, dayKind] = await Promise.all([
      org.departments(),
      org.staff(),
      org.windows(),
      org.matters(),
      cardDayKind(ctx.deps.store),
    ]);
    const issues: Issue[] = [];
    const bad = (r: SheetRow, message: string) =>
      issues.push({ path: rowPath(r), message: `${r.sheet} 第 ${r.row} 行：${message}` });
    const get = (r: SheetRow, h: string) => (r.cells[h] ?? '').trim();

    // Departments first: everything else refers to them by name.
    const deptByName = new Map(departments.map((d) => [d.name, { ...d }]));
    const heads = new Map<string, { row: SheetRow; number: string }>();
    for (const r of sheets['部门名称']) {
      const name = get(r, '部门名称');
      const phone = get(r, '监督电话');
      if (!name || name.length > 40) bad(r, '部门名称为空或超过 40 字');
      else if (!phoneSchema.safeParse(phone).success) bad(r, `监督电话“${phone}”格式不正确`);
      else {
        const d = deptByName.get(name) ?? {
          id: `DEPT${ctx.deps.ids.next(12)}`,
          name,
          headStaffId: null,
          supervisionPhone: phone,
        };
        deptByName.set(name, { ...d, supervisionPhone: phone });
        if (get(r, '负责人工号')) heads.set(name, { row: r, number: get(r, '负责人工号') });
      }
    }
    const deptId = (r: SheetRow, name: string) => {
      const d = deptByName.get(name);
      if (!d) bad(r, `部门“${name}”不存在（请先在“部门”表中列出）`);
      return d?.id;
    };

    const staffByNumber = new Map(staff.map((s) => [s.number, { ...s }]));
    const backups = new Map<string, { row: SheetRow; number: string }>();
    for (const r of sheets['工号']) {
      const number = get(r, '工号');
      const name = get(r, '姓名');
      const role =
        get(r, '角色') === '管理员' ? 'admin' : get(r, '角色') === '' || get(r, '角色') === '工作人员' ? 'staff' : null;
      const leave = parseLeave(Object.entries(r.cells).find(([h]) => h.startsWith('请假'))?.[1] ?? '');
      if (!/^[0-9A-Za-z-]{1,20}$/.test(number)) bad(r, `工号“${number}”只能包含字母、数字和 -，最多 20 位`);
      else if (!name || name.length > 20) bad(r, '姓名为空或超过 20 字');
      else if (!role) bad(r, '角色应为“工作人员”或“管理员”');
      else if (!leave) bad(r, '请假应写作 2026-12-01~2026-12-03，多段用；分隔');
      else {
        const departmentId = deptId(r, get(r, '部门'));
        if (!departmentId) continue;
        const s = staffByNumber.get(number);
        staffByNumber.set(number, {
          id: s?.id ?? `STAFF${ctx.deps.ids.next(12)}`,
          number,
          name,
          departmentId,
          role,
          backupStaffId: s?.backupStaffId ?? null,
          leave,
          openid: s?.openid ?? null,
        });
        backups.set(number, { row: r, number: get(r, '备岗工号') });
      }
    }
    const staffId = (r: SheetRow, number: string, what: string) => {
      if (!number) return null;
      const s = staffByNumber.get(number);
      if (!s) bad(r, `${what}工号“${number}”不存在`);
      return s ?? null;
    };
    // Both maps are keyed by what the loops above put in staffByNumber and deptByName.
    for (const [number, b] of backups) {
      const backup = staffId(b.row, b.number, '备岗');
      const s = staffByNumber.get(number);
      if (!s) throw new Error(`org.import: staff ${number} not among those read`);
      s.backupStaffId = backup?.id ?? null;
    }
    for (const [name, h] of heads) {
      const head = staffId(h.row, h.number, '负责人');
      const d = deptByName.get(name);
      if (!d) throw new Error(`org.import: department ${name} not among those read`);
      if (head && head.departmentId !== d.id) bad(h.row, `负责人 ${head.name} 不在“${name}”`);
      d.headStaffId = head?.id ?? d.headStaffId;
    }

    const windowKey = (departmentId: string, name: string) => `${departmentId}\n${name}`;
    const windowByKey = new Map(windows.map((w) => [windowKey(w.departmentId, w.name), w]));
    const newWindows: Window[] = [];
    for (const r of sheets['窗口名称']) {
      const name = get(r, '窗口名称');
      const departmentId = deptId(r, get(r, '部门'));
      if (!name || name.length > 40 || !departmentId) {
        if (departmentId) bad(r, '窗口名称为空或超过 40 字');
        continue;
      }
      const [a, b] = [staffId(r, get(r, 'A岗工号'), 'A岗'), staffId(r, get(r, 'B岗工号'), 'B岗')];
      for (const p of [a, b]) if (p && p.departmentId !== departmentId) bad(r, `${p.name} 不在“${get(r, '部门')}”`);
      if (a && b && a.id === b.id) bad(r, 'A岗和B岗不能是同一人');
      const w = windowByKey.get(windowKey(departmentId, name));
      newWindows.push({
        id: w?.id ?? `WIN${ctx.deps.ids.next(12)}`,
        name,
        departmentId,
        aStaffId: a?.id ?? null,
        bStaffId: b?.id ?? null,
      });
    }

    const matterByKey = new Map(matters.map((m) => [windowKey(m.departmentId, m.name), m]));
    const newMatters: Matter[] = [];
    for (const r of sheets['事项名称']) {
      const name = get(r, '事项名称');
      const type = get(r, '类型') as MatterType;
      const days = get(r, '承诺天数');
      const legal = get(r, '法定天数');
      const kindLabel = get(r, '时限类型');
      const materials = parseMaterials(get(r, '材料清单'));
      const departmentId = deptId(r, get(r, '部门'));
      if (!departmentId) continue;
      if (!name || name.length > 60) bad(r, '事项名称为空或超过 60 字');
      else if (!MATTER_TYPES.includes(type)) bad(r, `类型应为${MATTER_TYPES.join('、')}之一`);
      else if (!/^\d{1,3}$/.test(days) || Number(days) > 365) bad(r, '承诺天数应为 0–365 的整数');
      else if (legal && (!/^\d{1,3}$/.test(legal) || Number(legal) > 365)) bad(r, '法定天数应为 0–365 的整数或留空');
      else if (legal && Number(days) > Number(legal)) bad(r, '承诺天数不能超过法定天数');
      else if (kindLabel && !DAY_KIND_BY_LABEL.has(kindLabel)) bad(r, '时限类型应为“工作日”或“自然日”');
      else if ('problem' in materials) bad(r, materials.problem);
      else {
        const m = matterByKey.get(windowKey(departmentId, name));
        // A sheet from before these columns keeps what the matter has.
        const keep = (h: string, now: string) => (h in r.cells ? get(r, h).slice(0, 1000) : now);
        const was = m?.notice ?? emptyMatterNotice();
        newMatters.push({
          id: m?.id ?? `MAT${ctx.deps.ids.next(12)}`,
          departmentId,
          name,
          type,
          promisedDays: Number(days),
          legalDays: '法定天数' in r.cells ? (legal ? Number(legal) : null) : (m?.legalDays ?? null),
          dayKind: (kindLabel && DAY_KIND_BY_LABEL.get(kindLabel)) || m?.dayKind || dayKind,
          notes: get(r, '一次性告知内容').slice(0, 2000),
          notice: {
            conditions: keep('受理条件', was.conditions),
            materials: '材料清单' in r.cells ? materials.items : was.materials,
            process: keep('办理流程', was.process),
            fee: keep('收费', was.fee).slice(0, 200),
            basis: keep('设定依据', was.basis),
          },
        });
      }
    }
    if (issues.length) refuseRows(issues);

    // Departments before the staff in them (heads after), then what refers to both.
    const touchedDepts = [...deptByName.values()].filter((d) =>
      sheets['部门名称'].some((r) => get(r, '部门名称') === d.name),
    );
    for (const d of touchedDepts)
      await org.putDepartment({ ...d, headStaffId: departments.find((x) => x.id === d.id)?.headStaffId ?? null });
    const touchedStaff = [...staffByNumber.values()].filter((s) => backups.has(s.number));
    for (const s of touchedStaff) await org.putStaff({ ...s, backupStaffId: null });
    for (const s of touchedStaff) if (s.backupStaffId) await org.putStaff(s as Staff);
    for (const d of touchedDepts) await org.putDepartment(d as Department);
    for (const w of newWindows) await org.putWindow(w);
    for (const m of newMatters) await org.putMatter(m);
    const counts = {
      departments: touchedDepts.length,
      staff: touchedStaff.length,
      windows: newWindows.length,
      matters: newMatters.length,
    };
    const names = (xs: { name: string }[]) => xs.map((x) => x.name);
    await audit(ctx, {
      kind: 'org.import',
      target: `import:${input.fileId}`,
      summary: `导入组织表：部门 ${counts.departments}、人员 ${counts.staff}、窗口 ${counts.windows}、事项 ${counts.matters}`,
      before: {
        staff: touchedStaff.map((s) => staffFacts(staff.find((x) => x.number === s.number) ?? null)).filter(Boolean),
      },
      after: {
        departments: names(touchedDepts as Department[]),
        staff: touchedStaff.map((s) => staffFacts(s as Staff)),
        windows: names(newWindows),
        matters: names(newMatters),
      },
    });
    return counts;
  },
});

/** "2026-12-01~2026-12-03；2027-01-05~2027-01-05" → periods; null when malformed. */
function parseLeave(text: string): { from: string; to: string }[] | null {
  const parts = text
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: { from: string; to: string }[] = [];
  for (const p of parts) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*[~～至-]{1}\s*(\d{4}-\d{2}-\d{2})$/.exec(p) ?? /^(\d{4}-\d{2}-\d{2})$/.exec(p);
    if (!m) return null;
    const [from, to] = [m[1], m[2] ?? m[1]];
    if (from > to || !daySchema.safeParse(from).success || !daySchema.safeParse(to).success) return null;
    out.push({ from, to });
  }
  return out;
}
