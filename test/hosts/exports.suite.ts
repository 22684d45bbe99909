/**
 * Excel exports through each host: the file is fetched from the URL the action answers with
 * and read back with exceljs, so what is checked is what the office opens.
 */
import ExcelJS from 'exceljs';
import { dept, dept2, head, seedOrg, staffA, staffB } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const office: As = { staff: head };
const month = { from: '2026-11-01', to: '2026-11-30' };

async function sheetOf(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, header: rows[0] as string[], rows: rows.slice(1) };
}

export function describeExports(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);
  const download = async (url: string) => {
    const res = await current().download(url);
    expect(res.status).toBe(200);
    return sheetOf(res.bytes);
  };
  const issueCard = async () =>
    (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, { staff: staffA }))
      .cardId as string;

  it('exports the period’s evaluations, one row each, without anything that identifies the evaluator', async () => {
    await ok(
      'evaluation.submit',
      { cardId: await issueCard(), level: 5, dimensions: { attitude: 5 }, tags: ['热情周到'] },
      { resident: 'r1' },
    );
    const bad = await ok(
      'evaluation.submit',
      { cardId: await issueCard(), level: 1, comment: '等候时间太长', tags: ['办事拖拉'] },
      { resident: 'r2' },
    );
    await ok('evaluation.amend', { evaluationId: bad.evaluationId, level: 2 }, { resident: 'r2' });
    const out = await ok('export.evaluations', month, office);
    expect(out).toMatchObject({
      status: 'done',
      rowsDone: 2,
      rowsTotal: 2,
      fileName: '评价明细_2026-11-01_2026-11-30.xlsx',
    });
    expect(out.size).toBeGreaterThan(1000);
    const sheet = await download(out.url);
    expect(sheet.name).toBe('评价明细');
    expect(sheet.header.slice(0, 9)).toEqual([
      '评价时间',
      '部门',
      '窗口',
      '工作人员',
      '工号',
      '评价对象',
      '等级',
      '评价',
      '修改前',
    ]);
    expect(sheet.header).toContain('服务态度');
    expect(sheet.rows).toHaveLength(2);
    // Both at the same minute: told apart by level.
    const [first, second] = [5, 2].map((level) => sheet.rows.find((r) => r[6] === level)!);
    expect(first.slice(0, 8)).toEqual([
      '2026-11-24 10:00',
      dept.name,
      '3号窗口',
      staffA.name,
      staffA.number,
      '办事监督卡',
      5,
      '非常满意',
    ]);
    // An amended level shows what it was first; an unchanged one leaves the column empty.
    expect(second[8]).toBe('非常不满意');
    expect(first[8] ?? '').toBe('');
    expect(second).toContain('等候时间太长');
    expect(second).toContain('办事拖拉');
    const everything = JSON.stringify(sheet);
    for (const identity of ['r1', 'r2', 'subj', 'req-', 'openid', 'guest']) expect(everything).not.toContain(identity);
  });

  it('exports complaints with deadline, first reply, on-time flag and rating, and no contact phone', async () => {
    const a = await ok(
      'complaint.submit',
      { cardId: await issueCard(), category: '服务态度', content: '窗口人员态度生硬', contactPhone: '13812341234' },
      { resident: 'r1' },
    );
    await ok(
      'complaint.submit',
      { cardId: await issueCard(), category: '办事效率', content: '材料一次没说清' },
      { resident: 'r2' },
    );
    current().setNow('2026-11-26T02:00:00.000Z');
    await ok('complaint.reply', { complaintId: a.complaintId, content: '已核实并致歉' }, { staff: head });
    await ok('complaint.rate', { complaintId: a.complaintId, rating: 'satisfied' }, { resident: 'r1' });
    const out = await ok('export.complaints', month, office);
    expect(out).toMatchObject({ status: 'done', rowsDone: 2, rowsTotal: 2 });
    const sheet = await download(out.url);
    expect(sheet.header).toEqual([
      '受理编号',
      '提交时间',
      '部门',
      '窗口',
      '被投诉人',
      '类别',
      '投诉内容',
      '状态',
      '答复期限',
      '首次答复时间',
      '按时答复',
      '群众评价',
      '重新办理次数',
    ]);
    const byCategory = Object.fromEntries(sheet.rows.map((r) => [r[5], r]));
    expect(byCategory['服务态度'].slice(7)).toEqual([
      '已办结',
      expect.stringMatching(/^2026-12-0\d 23:59$/),
      '2026-11-26 10:00',
      '是',
      '满意',
      0,
    ]);
    expect(byCategory['办事效率'].slice(9, 12)).toEqual([undefined, '未到期', undefined]);
    expect(JSON.stringify(sheet)).not.toContain('13812341234');
  });

  it('exports the rankings as the office sees them', async () => {
    for (let i = 0; i < 5; i++)
      await ok('evaluation.submit', { cardId: await issueCard(), level: 5 }, { resident: `r${i}` });
    const out = await ok('export.rankings', { ...month, by: 'department' }, office);
    const sheet = await download(out.url);
    expect(sheet.header).toEqual(['名次', '部门', '评价数', '满意率（%）', '差评率（%）']);
    expect(sheet.rows).toEqual([
      [1, dept.name, 5, 100, 0],
      ['不参与排名', dept2.name, 0, '样本不足', '样本不足'],
    ]);
  });

  it('builds once per request id; progress and a fresh link come from export.status', async () => {
    const requestId = rid('export');
    const first = await ok('export.evaluations', month, office, requestId);
    const again = await ok('export.evaluations', month, office, requestId);
    expect(again.exportId).toBe(first.exportId);
    expect((await current().store.counts()).export_jobs).toBe(1);
    const status = await ok('export.status', { requestId }, office);
    expect(status).toMatchObject({ exportId: first.exportId, status: 'done', rowsDone: 0, rowsTotal: 0 });
    expect((await download(status.url)).rows).toEqual([]);
    await refused(
      call('export.evaluations', { ...month, from: '2026-11-02' }, office, requestId),
      'REQUEST.KEY_REUSED',
      409,
    );
    await refused(call('export.status', { requestId: rid('never') }, office), 'EXPORT.NOT_FOUND', 404);
    // Another person cannot watch (or fetch) someone else's export by its request id.
    await current().store.org.putDepartment({ ...dept2, headStaffId: staffB.id });
    await refused(call('export.status', { requestId }, { staff: staffB }), 'EXPORT.NOT_FOUND', 404);
  });

  it('a head exports their own department’s complaints and rankings only — never single evaluations; staff and residents cannot export', async () => {
    await current().store.org.putDepartment({ ...dept2, headStaffId: staffB.id });
    const own = await ok('export.complaints', month, { staff: staffB });
    expect(own.status).toBe('done');
    await refused(
      call('export.complaints', { ...month, departmentId: dept.id }, { staff: staffB }),
      'EXPORT.FORBIDDEN',
      403,
    );
    // 评价明细 are individual rows: the office's only (a head's 样本不足 figures must not be undone by a download).
    await refused(call('export.evaluations', month, { staff: staffB }), 'AUTH.FORBIDDEN', 403);
    await refused(call('export.complaints', month, { staff: staffA }), 'EXPORT.FORBIDDEN', 403);
    await refused(call('export.evaluations', month, { resident: 'r1' }), 'AUTH.FORBIDDEN', 403);
    await refused(call('export.evaluations', { from: '2025-01-01', to: '2026-11-30' }, office), 'REQUEST.INVALID', 400);
    await refused(call('export.evaluations', { from: '2026-11-30', to: '2026-11-01' }, office), 'REQUEST.INVALID', 400);
  });
}

/** 评议报告 through each host: the figures, the lists of what needs doing, and its Excel file. */
export function describeReport(open: () => Promise<TestHost>) {
  let host: TestHost;
  const { call, ok: okAs } = hostCalls(() => host);
  const ok = (action: string, payload: unknown, as: As = office) => okAs(action, payload, as);

  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    host.setNow('2026-11-02T02:00:00.000Z');
  });
  afterEach(async () => {
    await host.close();
  });

  it('sums up the period and lists overdue cases and open rectifications, with its Excel file', async () => {
    const newCard = async () =>
      (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, { staff: staffA }))
        .cardId as string;
    const cardId = await newCard();
    for (let i = 0; i < 4; i++)
      await ok('evaluation.submit', { cardId: await newCard(), level: 5 }, { resident: `r${i}` });
    await ok(
      'evaluation.submit',
      { cardId, level: 1, tags: ['办事拖拉', '态度生硬'], comment: '来回跑了三趟' },
      { resident: 'r8' },
    );
    await ok(
      'evaluation.submit',
      { cardId: await newCard(), level: 2, tags: ['办事拖拉'], comment: '等太久' },
      { resident: 'r9' },
    );
    const late = await ok(
      'complaint.submit',
      { cardId, category: '办事效率', content: '材料一次没说清，跑了三趟' },
      { resident: 'r8' },
    );
    await ok(
      'rectification.create',
      { source: 'evaluations', problem: '材料清单未一次性告知', ownerDepartmentId: dept.id, dueOn: '2026-11-20' },
      office,
    );
    host.setNow('2026-11-24T02:00:00.000Z');
    const report = await ok('stats.report', { from: '2026-11-01', to: '2026-11-30' });
    expect(report.summary).toMatchObject({
      evaluations: 6,
      satisfactionRate: 0.6667,
      complaints: { count: 1, overdueNow: 1 },
    });
    expect(report.badReasons).toEqual([
      { name: '办事拖拉', count: 2 },
      { name: '态度生硬', count: 1 },
    ]);
    expect(report.categories).toEqual([{ name: '办事效率', count: 1 }]);
    expect(report.overdue).toEqual([
      expect.objectContaining({ trackingNo: late.trackingNo, department: dept.name, category: '办事效率' }),
    ]);
    expect(report.overdue[0].daysLate).toBeGreaterThanOrEqual(13);
    expect(report.rectifications).toEqual([
      expect.objectContaining({ problem: '材料清单未一次性告知', overdue: true }),
    ]);
    expect(report.departments[0]).toMatchObject({ id: dept.id, rank: 1 });
    expect(JSON.stringify(report)).not.toMatch(/来回跑了三趟|r8|subj/);

    const out = await ok('export.report', { from: '2026-11-01', to: '2026-11-30' });
    expect(out.fileName).toBe('评议报告_2026-11-01_2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await host.download(out.url)).bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '概况',
      '部门排名',
      '投诉类别',
      '差评原因',
      '逾期投诉',
      '超期监督卡',
      '整改事项',
    ]);
    expect(book.getWorksheet('概况')!.getRow(4).values).toEqual([undefined, '满意率（非常满意+满意）', '66.7%']);
    expect(book.getWorksheet('逾期投诉')!.getRow(3).getCell(1).value).toBe(late.trackingNo);
    const refused = await call('stats.report', { from: '2026-11-01', to: '2026-11-30' }, { staff: staffA });
    expect(refused.body.error.code).toBe('AUTH.FORBIDDEN');
  });
}
