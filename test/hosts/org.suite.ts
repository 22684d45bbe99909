/**
 * Managing the organisation through each host: saving departments, windows, staff and matters
 * with their references checked, and the whole organisation out to Excel and back in.
 */
import ExcelJS from 'exceljs';
import { dept, dept2, head, staffA, staffB, window1 } from '../support/fixtures';
import { hostCalls, type As, type TestHost, freshHostEach } from './harness';

const office: As = { staff: head };

export function describeOrg(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok: okAs, refused } = hostCalls(current);
  const ok = (action: string, payload: unknown, as: As = office) => okAs(action, payload, as);

  it('creates and updates each kind of record, checking what they refer to', async () => {
    const d = await ok('org.saveDepartment', { name: '市场监管科', supervisionPhone: '0571-88002345' });
    expect(d).toMatchObject({ name: '市场监管科', headStaffId: null, supervisionPhone: '0571-88002345' });
    const s = await ok('org.saveStaff', {
      number: 'C001',
      name: '吴刚',
      departmentId: d.id,
      role: 'staff',
      leave: [{ from: '2026-12-01', to: '2026-12-02' }],
    });
    expect(s).toMatchObject({
      number: 'C001',
      departmentId: d.id,
      bound: false,
      leave: [{ from: '2026-12-01', to: '2026-12-02' }],
    });
    expect(
      await ok('org.saveDepartment', { id: d.id, name: '市场监管科', headStaffId: s.id, supervisionPhone: '12345' }),
    ).toMatchObject({ headStaffId: s.id });
    const w = await ok('org.saveWindow', { name: '8号窗口', departmentId: d.id, aStaffId: s.id });
    const m = await ok('org.saveMatter', {
      departmentId: d.id,
      name: '食品经营许可',
      type: '承诺件',
      promisedDays: 10,
      notes: '1. 营业执照',
    });
    const org = await ok('org.list', {});
    expect(org.windows.find((x: any) => x.id === w.id)).toEqual({
      id: w.id,
      name: '8号窗口',
      departmentId: d.id,
      aStaffId: s.id,
      bStaffId: null,
    });
    expect(org.matters.find((x: any) => x.id === m.id)).toMatchObject({ type: '承诺件', promisedDays: 10 });
    // An update keeps the WeChat binding.
    expect(
      await ok('org.saveStaff', {
        id: staffA.id,
        number: staffA.number,
        name: '王丽丽',
        departmentId: dept.id,
        role: 'staff',
      }),
    ).toMatchObject({ name: '王丽丽', bound: true });
  });

  it('refuses what does not fit, writing nothing', async () => {
    await refused(
      call('org.saveDepartment', { name: dept2.name, supervisionPhone: '12345' }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'org.saveDepartment',
        { id: dept.id, name: dept.name, headStaffId: 'STAFF00009', supervisionPhone: '12345' },
        office,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('org.saveDepartment', { name: '新科室', supervisionPhone: 'call me' }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('org.saveStaff', { number: staffB.number, name: '重号', departmentId: dept.id, role: 'staff' }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('org.saveStaff', { number: 'X1', name: '某', departmentId: 'DEPT099999', role: 'staff' }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'org.saveStaff',
        { id: head.id, number: head.number, name: head.name, departmentId: dept.id, role: 'staff' },
        office,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('org.saveWindow', { name: '9号窗口', departmentId: dept2.id, aStaffId: staffA.id }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'org.saveWindow',
        { id: window1.id, name: window1.name, departmentId: dept.id, aStaffId: staffA.id, bStaffId: staffA.id },
        office,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('org.saveMatter', { departmentId: dept.id, name: '某事项', type: '加急件', promisedDays: 1 }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call(
        'org.saveMatter',
        { id: 'MATNOSUCH0001', departmentId: dept.id, name: '某事项', type: '即办件', promisedDays: 0 },
        office,
      ),
      'MATTER.NOT_FOUND',
      404,
    );
    await refused(
      call('org.saveDepartment', { name: '新科室', supervisionPhone: '12345' }, { staff: staffA }),
      'AUTH.FORBIDDEN',
      403,
    );
  });

  it('exports the organisation to Excel, and the file filled in imports back: adds and updates, deletes nothing', async () => {
    const out = await ok('export.org', {});
    const file = await current().download(out.url);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['部门', '人员', '窗口', '事项']);
    const staffSheet = book.getWorksheet('人员')!;
    expect((staffSheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['工号', '姓名', '部门', '角色']);
    const rowOf = (ws: ExcelJS.Worksheet, first: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (r.getCell(1).value === first) found = r;
      });
      return found!;
    };
    expect((rowOf(staffSheet, staffB.number).values as unknown[]).slice(1)).toEqual([
      staffB.number,
      staffB.name,
      dept.name,
      '工作人员',
      staffA.number,
      '2026-12-01~2026-12-03',
    ]);

    // The office adds a department with its head, a person, a window and a matter, and renames one person.
    book.getWorksheet('部门')!.addRow(['市场监管科', 'C001', '0571-88002345']);
    staffSheet.addRow(['C001', '吴刚', '市场监管科', '管理员', '', '2026-12-24~2026-12-25；2027-01-04']);
    rowOf(staffSheet, staffA.number).getCell(2).value = '王丽丽';
    book.getWorksheet('窗口')!.addRow(['8号窗口', '市场监管科', 'C001', '']);
    book.getWorksheet('事项')!.addRow(['食品经营许可', '市场监管科', '承诺件', 10, '1. 营业执照']);
    const fileId = await current().uploadSheet(Buffer.from(await book.xlsx.writeBuffer()), office);
    const before = await current().store.counts();
    const result = await ok('org.import', { fileId });
    expect(result).toMatchObject({ departments: 3, staff: 4 });
    const after = await current().store.counts();
    expect([
      after.departments - before.departments,
      after.staff - before.staff,
      after.windows - before.windows,
      after.matters - before.matters,
    ]).toEqual([1, 1, 1, 1]);
    const org = await ok('org.list', {});
    const wu = org.staff.find((s: any) => s.number === 'C001');
    expect(wu).toMatchObject({
      name: '吴刚',
      role: 'admin',
      leave: [
        { from: '2026-12-24', to: '2026-12-25' },
        { from: '2027-01-04', to: '2027-01-04' },
      ],
    });
    expect(org.departments.find((d: any) => d.name === '市场监管科')).toMatchObject({
      headStaffId: wu.id,
      supervisionPhone: '0571-88002345',
    });
    expect(org.staff.find((s: any) => s.id === staffA.id)).toMatchObject({ name: '王丽丽', bound: true });
    expect(org.staff.find((s: any) => s.id === staffB.id)).toMatchObject({ backupStaffId: staffA.id });
    // Importing the same file again changes nothing — but is itself on the office's audit trail.
    await ok('org.import', { fileId });
    expect(await current().store.counts()).toEqual({ ...after, audit_log: after.audit_log + 1 });
  });

  it('a matter’s time limits and 一次性告知: saved, kept by an update that leaves them out, through the workbook and back', async () => {
    const full = {
      departmentId: dept.id,
      name: '不动产更正登记',
      type: '承诺件',
      promisedDays: 5,
      legalDays: 30,
      dayKind: 'natural',
      notes: '委托办理另需授权委托书',
      conditions: '登记簿记载错误',
      materials: [{ name: '身份证', form: 'both', count: 2 }, '不动产权证书'],
      process: '受理 → 审核 → 更正登簿',
      fee: '免费',
      basis: '《不动产登记暂行条例》第十九条',
    };
    const m = await ok('org.saveMatter', full);
    const notice = {
      conditions: '登记簿记载错误',
      materials: [
        { name: '身份证', form: 'both', count: 2 },
        { name: '不动产权证书', form: 'original', count: 1 },
      ],
      process: '受理 → 审核 → 更正登簿',
      fee: '免费',
      basis: '《不动产登记暂行条例》第十九条',
    };
    expect(m).toMatchObject({ legalDays: 30, dayKind: 'natural', notice });
    // An older form that sends only the first fields keeps the rest.
    await ok('org.saveMatter', { id: m.id, departmentId: dept.id, name: full.name, type: '承诺件', promisedDays: 4 });
    const listed = (await ok('org.list', {})).matters.find((x: any) => x.id === m.id);
    expect(listed).toMatchObject({ promisedDays: 4, legalDays: 30, dayKind: 'natural', notes: full.notes, notice });
    const forIssue = (await ok('org.matters', {}, { staff: staffA })).matters.find((x: any) => x.id === m.id);
    expect(forIssue).toMatchObject({ legalDays: 30, notice });
    // What the matter cannot be: nothing is written.
    for (const [payload, field] of [
      [{ ...full, id: m.id, promisedDays: 31 }, 'promisedDays'],
      [{ ...full, id: m.id, materials: [{ name: '身份证', form: '扫描件' }] }, 'materials'],
      [{ ...full, id: m.id, materials: Array.from({ length: 51 }, (_, i) => `材料${i}`) }, 'materials'],
      [{ ...full, id: m.id, fee: '元'.repeat(201) }, 'fee'],
      [{ ...full, id: m.id, legalDays: 400 }, 'legalDays'],
    ] as const) {
      const error = await refused(call('org.saveMatter', payload, office), 'REQUEST.INVALID', 400);
      expect(error.issues.map((i: any) => i.path.split('.')[0])).toContain(field);
    }

    // The workbook carries them and imports them back; a changed 材料清单 cell is read.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await current().download((await ok('export.org', {})).url)).bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('事项')!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
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
    ]);
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === full.name) row = r;
    });
    expect((row!.values as unknown[]).slice(6)).toEqual([
      30,
      '自然日',
      '登记簿记载错误',
      '身份证（原件及复印件）×2；不动产权证书（原件）×1',
      '受理 → 审核 → 更正登簿',
      '免费',
      '《不动产登记暂行条例》第十九条',
    ]);
    row!.getCell(9).value = '身份证(复印件)x3; 户口簿';
    row!.getCell(7).value = '工作日';
    sheet.addRow(['更正登记（加急）', dept.name, '承诺件', 9, '', 5, '工作日', '', '', '', '', '']);
    const bad = await current().uploadSheet(Buffer.from(await book.xlsx.writeBuffer()), office);
    const error = await refused(call('org.import', { fileId: bad }, office), 'REQUEST.INVALID', 400);
    expect(error.issues.map((i: any) => i.message)).toEqual([`事项 第 ${sheet.rowCount} 行：承诺天数不能超过法定天数`]);
    sheet.spliceRows(sheet.rowCount, 1);
    const fileId = await current().uploadSheet(Buffer.from(await book.xlsx.writeBuffer()), office);
    await ok('org.import', { fileId });
    const back = (await ok('org.list', {})).matters.find((x: any) => x.id === m.id);
    expect(back).toMatchObject({
      legalDays: 30,
      dayKind: 'working',
      notice: {
        ...notice,
        materials: [
          { name: '身份证', form: 'copy', count: 3 },
          { name: '户口簿', form: 'original', count: 1 },
        ],
      },
    });
  });

  it('one bad row in the workbook and nothing is imported; each problem names its sheet and row', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('部门').addRows([
      ['部门名称', '负责人工号', '监督电话'],
      ['新科室', '', '不是电话'],
    ]);
    book.addWorksheet('人员').addRows([
      ['工号', '姓名', '部门', '角色', '备岗工号', '请假（开始~结束，多段用；分隔）'],
      ['D001', '某人', '不存在的科', '', '', ''],
      ['D002', '某人二', dept.name, '科长', '', ''],
    ]);
    const fileId = await current().uploadSheet(Buffer.from(await book.xlsx.writeBuffer()), office);
    const error = await refused(call('org.import', { fileId }, office), 'REQUEST.INVALID', 400);
    expect(error.issues.map((i: any) => i.message)).toEqual([
      '部门 第 2 行：监督电话“不是电话”格式不正确',
      '人员 第 2 行：部门“不存在的科”不存在（请先在“部门”表中列出）',
      '人员 第 3 行：角色应为“工作人员”或“管理员”',
    ]);
  });
}
