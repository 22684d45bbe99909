/**
 * 责任追究 through each host, and what it does to the year's assessment sheet (on screen and as
 * the Excel file the office prints).
 */
import ExcelJS from 'exceljs';
import { dept, dept2, head, staffA, staffB } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const office: As = { staff: head };

export function describeAccountability(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);
  const record = (kind: string, decidedOn = '2026-10-15', staffId = staffA.id, requestId?: string) =>
    ok(
      'accountability.record',
      { staffId, kind, decidedOn, reason: '未一次性告知材料，群众多次往返' },
      office,
      requestId,
    );

  it('records decisions once per request; the year’s list tells each person’s deduction and eligibility', async () => {
    const requestId = rid('acc');
    const first = await record('admonishment', '2026-03-02', staffA.id, requestId);
    expect(first).toMatchObject({
      kind: 'admonishment',
      kindLabel: '诫勉教育',
      staff: { id: staffA.id, name: staffA.name, departmentName: dept.name },
    });
    expect((await record('admonishment', '2026-03-02', staffA.id, requestId)).id).toBe(first.id);
    await record('warning', '2026-09-30');
    await record('writtenCheck', '2026-05-01', staffB.id);
    await record('writtenCheck', '2025-12-31', staffB.id); // last year: does not count
    const list = await ok('accountability.list', { year: 2026 }, office);
    expect(list.records.map((r: any) => r.decidedOn)).toEqual(['2026-03-02', '2026-05-01', '2026-09-30']);
    const person = (id: string) => list.people.find((p: any) => p.staffId === id);
    expect(person(staffA.id)).toEqual({
      staffId: staffA.id,
      name: staffA.name,
      deductionPct: 30,
      awardEligible: false,
      ineligibleReason: '同一年内被诫勉教育和效能告诫',
    });
    expect(person(staffB.id)).toMatchObject({ deductionPct: 5, awardEligible: true });
    // Staff see their own records only; heads their department's.
    expect(
      (await ok('accountability.list', { year: 2026 }, { staff: staffB })).records.map((r: any) => r.staff.id),
    ).toEqual([staffB.id]);
    await refused(
      call('accountability.list', { year: 2026, staffId: staffA.id }, { staff: staffB }),
      'ACCOUNTABILITY.FORBIDDEN_SCOPE',
      403,
    );
    await current().store.org.putDepartment({ ...dept, headStaffId: staffB.id });
    expect(
      (await ok('accountability.list', { year: 2026, departmentId: dept.id }, { staff: staffB })).records,
    ).toHaveLength(3);
  });

  it('carries the consequences into the assessment sheet, on screen and in Excel', async () => {
    await ok('assessment.score', { year: 2026, staffId: staffA.id, peer: 90, head: 88 }, office);
    await ok('assessment.score', { year: 2026, staffId: staffB.id, peer: 80, head: 85 }, office);
    await record('discipline', '2026-06-01', staffB.id);
    const sheet = await ok('assessment.compute', { year: 2026, departmentId: dept.id }, office);
    const row = (id: string) => sheet.staff.find((r: any) => r.staffId === id);
    expect(row(staffA.id)).toMatchObject({ deductionPct: 0, awardEligible: true, ineligibleReason: '' });
    expect(row(staffB.id)).toMatchObject({
      deductionPct: 0,
      awardEligible: false,
      ineligibleReason: '受到党纪政纪处分',
    });

    const out = await ok('export.assessment', { year: 2026 }, office);
    expect(out).toMatchObject({ status: 'done', fileName: '2026年度考核表.xlsx' });
    const file = await current().download(out.url);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([dept.name, '规则']);
    const ws = book.getWorksheet(dept.name)!;
    expect(ws.getRow(1).getCell(1).value).toBe(`2026 年度绩效考核表 · ${dept.name}`);
    expect(ws.getRow(2).getCell(10).value).toBe('等次');
    const rows = new Map<string, unknown[]>();
    ws.eachRow((r, n) => {
      if (n > 2) rows.set(String(r.getCell(3).value), (r.values as unknown[]).slice(1));
    });
    expect(rows.get(staffA.number)!.slice(1, 5)).toEqual([staffA.name, staffA.number, 90, 88]);
    expect(rows.get(staffB.number)!.slice(-2)).toEqual([0, '取消（受到党纪政纪处分）']);
    expect(rows.get(head.number)![9]).toBe('未定档');
  });

  it('refuses bad input and other roles, writing nothing', async () => {
    await refused(
      call(
        'accountability.record',
        { staffId: staffA.id, kind: 'writtenCheck', decidedOn: '2026-10-01', reason: '未一次性告知' },
        { staff: staffB },
      ),
      'AUTH.FORBIDDEN',
      403,
    );
    await refused(
      call(
        'accountability.record',
        { staffId: staffA.id, kind: 'fine', decidedOn: '2026-10-01', reason: '未一次性告知' },
        office,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'accountability.record',
        { staffId: staffA.id, kind: 'warning', decidedOn: '2026-12-01', reason: '未一次性告知' },
        office,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'accountability.record',
        { staffId: staffA.id, kind: 'warning', decidedOn: '2026-10-01', reason: '短' },
        office,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'accountability.record',
        { staffId: 'STAFF09999', kind: 'warning', decidedOn: '2026-10-01', reason: '未一次性告知' },
        office,
      ),
      'STAFF.NOT_FOUND',
      404,
    );
    await refused(
      call(
        'accountability.record',
        {
          staffId: staffA.id,
          kind: 'warning',
          decidedOn: '2026-10-01',
          reason: '未一次性告知',
          complaintId: 'CMPLNOSUCH00001',
        },
        office,
      ),
      'COMPLAINT.NOT_FOUND',
      404,
    );
    await refused(
      call('export.assessment', { year: 2026, departmentId: dept2.id }, { staff: staffA }),
      'ASSESSMENT.FORBIDDEN',
      403,
    );
  });
}

/** Score imports from a spreadsheet, through each host's way of uploading it. */
export function describeAssessmentImport(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok } = hostCalls(current);
  const sheet = async (rows: unknown[][], title?: string) => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('评分');
    if (title) ws.addRow([title]);
    ws.addRow(['工号', '姓名', '互评（40%）', '负责人评分（40%）', '自评（不计分）']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  it('imports every row, leaving empty cells as they were; importing again changes nothing', async () => {
    await ok('assessment.score', { year: 2026, staffId: staffB.id, self: 95 }, office);
    const fileId = await current().uploadSheet(
      await sheet(
        [
          [staffA.number, staffA.name, 90, 88.5, ''],
          [staffB.number, staffB.name, '80', 85, ''],
        ],
        '2026 年度绩效考核表',
      ),
      office,
    );
    expect(await ok('assessment.import', { year: 2026, fileId }, office)).toEqual({ year: 2026, imported: 2 });
    expect(await ok('assessment.import', { year: 2026, fileId }, office)).toEqual({ year: 2026, imported: 2 });
    const scores = await current().store.assessments.scores(2026);
    expect(scores.map((s) => [s.staffId, s.peer, s.head, s.self])).toEqual([
      [staffA.id, 90, 88.5, null],
      [staffB.id, 80, 85, 95],
    ]);
  });

  it('one bad row and nothing is written; each problem names its row', async () => {
    const fileId = await current().uploadSheet(
      await sheet([
        [staffA.number, '', 90, 88, ''],
        ['Z999', '', 70, 70, ''],
        [staffB.number, '', 101, 80, ''],
      ]),
      office,
    );
    const before = await current().store.counts();
    const r = await call('assessment.import', { year: 2026, fileId }, office);
    expect(r.body).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } });
    expect(r.body.error.issues.map((i: any) => i.message)).toEqual([
      '第 3 行：没有工号为“Z999”的工作人员',
      '第 4 行：分数应为 0–100，最多两位小数',
    ]);
    expect(await current().store.counts()).toEqual(before);
    // A head may score only their own department.
    await current().store.org.putDepartment({ ...dept2, headStaffId: staffB.id });
    const own = await current().uploadSheet(await sheet([[staffA.number, '', 90, 88, '']]), { staff: staffB });
    const refused = await call('assessment.import', { year: 2026, fileId: own }, { staff: staffB });
    expect(refused.body.error.issues[0].message).toBe(`第 2 行：无权为 ${staffA.name} 评分`);
    expect(
      (await call('assessment.import', { year: 2026, fileId: 'u_AAAAAAAAAAAAAAAA' }, office)).body.error.code,
    ).toBe('SHEET.NOT_FOUND');
  });
}
