/**
 * 整改 through each host: the office opens an item, the owner reports and hands it in, the
 * office returns or verifies it; who may see and do what; retries and bad input.
 */
import { dept, dept2, head, staffA, staffB } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const office: As = { staff: head };
const owner: As = { staff: staffA };

export function describeRectifications(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);
  const item = {
    source: 'evaluations',
    sourceNote: '11 月“等候时间长”差评 12 条',
    problem: '高峰时段等候时间过长',
    ownerDepartmentId: dept.id,
    ownerStaffId: staffA.id,
    plan: '增开一个综合窗口',
    dueOn: '2026-12-10',
  };

  it('runs the whole cycle: opened, progress, handed in, returned, handed in again, verified', async () => {
    const requestId = rid('rect');
    const created = await ok('rectification.create', item, office, requestId);
    expect(created).toMatchObject({
      problem: item.problem,
      source: 'evaluations',
      sourceLabel: '差评集中问题',
      ownerDepartment: { id: dept.id, name: dept.name },
      ownerStaff: { id: staffA.id, name: staffA.name },
      dueOn: '2026-12-10',
      status: 'open',
      statusLabel: '整改中',
      overdue: false,
      can: { report: true, verify: false },
    });
    // A retry of the same request creates nothing new.
    expect((await ok('rectification.create', item, office, requestId)).id).toBe(created.id);
    expect((await current().store.counts()).rectifications).toBe(1);
    const id = created.id;
    expect(
      (await ok('rectification.report', { rectificationId: id, text: '已申请增开窗口，待批复' }, owner)).status,
    ).toBe('open');
    const handedIn = await ok(
      'rectification.report',
      { rectificationId: id, text: '12 月 1 日起增开 5 号综合窗口', done: true },
      owner,
    );
    expect(handedIn).toMatchObject({
      status: 'submitted',
      statusLabel: '待验收',
      can: { report: false, verify: false },
    });
    await refused(
      call('rectification.report', { rectificationId: id, text: '再补充一点情况' }, owner),
      'RECTIFICATION.ILLEGAL_TRANSITION',
      409,
    );
    const returned = await ok(
      'rectification.verify',
      { rectificationId: id, accept: false, comment: '未提供高峰时段等候数据' },
      office,
    );
    expect(returned).toMatchObject({ status: 'open' });
    await ok('rectification.report', { rectificationId: id, text: '附 12 月第一周平均等候 8 分钟', done: true }, owner);
    const verified = await ok('rectification.verify', { rectificationId: id, accept: true }, office);
    expect(verified).toMatchObject({ status: 'verified', statusLabel: '已验收' });
    expect(verified.verifiedAt).toBeTruthy();
    expect(verified.entries.map((e: any) => e.label)).toEqual([
      '下发整改',
      '报告进展',
      '整改报结',
      '验收退回',
      '整改报结',
      '验收通过',
    ]);
    expect(verified.entries[3]).toMatchObject({ by: head.name, text: '未提供高峰时段等候数据' });
    await refused(
      call('rectification.verify', { rectificationId: id, accept: false, comment: '再次退回看看' }, office),
      'RECTIFICATION.ILLEGAL_TRANSITION',
      409,
    );
  });

  it('comes from a complaint, showing its tracking number', async () => {
    const { cardId } = await ok(
      'card.issue',
      { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
      owner,
    );
    const c = await ok(
      'complaint.submit',
      { cardId, category: '服务态度', content: '窗口人员态度生硬，不解释材料要求' },
      { resident: 'r1' },
    );
    const created = await ok(
      'rectification.create',
      { ...item, source: 'complaint', complaintId: c.complaintId, sourceNote: undefined },
      office,
    );
    expect(created).toMatchObject({
      source: 'complaint',
      sourceLabel: '投诉',
      trackingNo: c.trackingNo,
      complaintId: c.complaintId,
    });
    await refused(call('rectification.create', { ...item, source: 'complaint' }, office), 'REQUEST.INVALID', 400);
    await refused(
      call('rectification.create', { ...item, source: 'complaint', complaintId: 'CMPLNOSUCH000001' }, office),
      'COMPLAINT.NOT_FOUND',
      404,
    );
  });

  it('tells the complainant, once, what was put right when the rectification from their case is verified (整改结果反馈评价人)', async () => {
    const resident: As = { resident: 'rect-r1' };
    const { cardId } = await ok(
      'card.issue',
      { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
      owner,
    );
    const c = await ok(
      'complaint.submit',
      { cardId, category: '服务态度', content: '窗口人员态度生硬，不解释材料要求' },
      resident,
    );
    await ok('complaint.reply', { complaintId: c.complaintId, content: '已约谈当事人，并将整改' }, office);
    await ok('complaint.rate', { complaintId: c.complaintId, rating: 'satisfied' }, resident);
    const { id } = await ok(
      'rectification.create',
      { ...item, source: 'complaint', complaintId: c.complaintId, sourceNote: undefined },
      office,
    );
    await ok(
      'rectification.report',
      { rectificationId: id, text: '已组织全员服务礼仪培训，并在窗口张贴一次性告知清单', done: true },
      owner,
    );
    const before = (await ok('complaint.get', { complaintId: c.complaintId }, resident)).timeline.length;
    // Returned first: nothing reaches the complainant.
    await ok('rectification.verify', { rectificationId: id, accept: false, comment: '未提供培训签到记录' }, office);
    expect((await ok('complaint.get', { complaintId: c.complaintId }, resident)).timeline).toHaveLength(before);
    await ok(
      'rectification.report',
      { rectificationId: id, text: '已培训 12 人（附签到表），窗口张贴一次性告知清单', done: true },
      owner,
    );
    const key = rid('verify');
    await ok('rectification.verify', { rectificationId: id, accept: true }, office, key);
    await ok('rectification.verify', { rectificationId: id, accept: true }, office, key);
    const seen = await ok('complaint.get', { complaintId: c.complaintId }, resident);
    expect(seen.status).toBe('closed');
    expect(seen.timeline.filter((t: any) => t.kind === 'rectified')).toEqual([
      expect.objectContaining({
        text: '投诉反映的问题已整改并通过验收：已培训 12 人（附签到表），窗口张贴一次性告知清单',
      }),
    ]);
    // One notice to the complainant (their in-app 消息, and WeChat while they are subscribed), none to staff.
    const notices = (await current().store.outbox.byComplaint(c.complaintId)).filter(
      (o) => o.kind === 'case.rectified',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recipient: { subjectHash: expect.any(String) },
      payload: { title: '您反映的问题已整改' },
    });
    // The person complained about reads nothing of it.
    await refused(call('complaint.get', { complaintId: c.complaintId }, owner), 'COMPLAINT.NOT_FOUND', 404);
  });

  it('shows each person their own: the office all, a head their department, staff what names them', async () => {
    const mine = await ok('rectification.create', item, office);
    const other = await ok(
      'rectification.create',
      { ...item, ownerDepartmentId: dept2.id, ownerStaffId: undefined, problem: '社保窗口材料清单不一致' },
      office,
    );
    const ids = (items: any[]) => items.map((i) => i.id).sort();
    expect(ids((await ok('rectification.list', {}, office)).items)).toEqual([mine.id, other.id].sort());
    expect(ids((await ok('rectification.list', { departmentId: dept2.id }, office)).items)).toEqual([other.id]);
    expect(ids((await ok('rectification.list', {}, owner)).items)).toEqual([mine.id]);
    expect((await ok('rectification.list', {}, { staff: staffB })).items).toEqual([]);
    await refused(
      call('rectification.get', { rectificationId: mine.id }, { staff: staffB }),
      'RECTIFICATION.NOT_FOUND',
      404,
    );
    await refused(
      call('rectification.report', { rectificationId: other.id, text: '不是我的整改事项' }, owner),
      'RECTIFICATION.NOT_FOUND',
      404,
    );
    await refused(call('rectification.list', { departmentId: dept2.id }, owner), 'RECTIFICATION.FORBIDDEN_SCOPE', 403);
    await refused(
      call('rectification.verify', { rectificationId: mine.id, accept: true }, owner),
      'AUTH.FORBIDDEN',
      403,
    );
    await refused(call('rectification.create', item, owner), 'AUTH.FORBIDDEN', 403);
    // The department's head (staffB here) sees and reports on an item the department owns.
    await current().store.org.putDepartment({ ...dept2, headStaffId: staffB.id });
    expect(ids((await ok('rectification.list', {}, { staff: staffB })).items)).toEqual([other.id]);
    expect((await ok('rectification.get', { rectificationId: other.id }, { staff: staffB })).can).toEqual({
      report: true,
      verify: false,
    });
  });

  it('lists overdue items once their date has passed', async () => {
    const created = await ok('rectification.create', { ...item, dueOn: '2026-11-30' }, office);
    expect((await ok('rectification.list', { status: 'overdue' }, office)).items).toEqual([]);
    current().setNow('2026-12-01T02:00:00.000Z');
    expect((await ok('rectification.list', { status: 'overdue' }, office)).items.map((i: any) => i.id)).toEqual([
      created.id,
    ]);
    expect((await ok('rectification.get', { rectificationId: created.id }, owner)).overdue).toBe(true);
  });

  it('refuses bad input and writes nothing', async () => {
    await refused(call('rectification.create', { ...item, dueOn: '2026-11-23' }, office), 'REQUEST.INVALID', 400);
    await refused(call('rectification.create', { ...item, problem: '短' }, office), 'REQUEST.INVALID', 400);
    await refused(call('rectification.create', { ...item, problem: '问'.repeat(501) }, office), 'REQUEST.INVALID', 400);
    await refused(
      call('rectification.create', { ...item, ownerStaffId: 'STAFF09999' }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('rectification.create', { ...item, ownerDepartmentId: 'DEPT099999' }, office),
      'DEPARTMENT.NOT_FOUND',
      404,
    );
    await refused(call('rectification.create', { ...item, extra: 1 }, office), 'REQUEST.INVALID', 400);
    await refused(
      call('rectification.get', { rectificationId: 'RECTNOSUCH00001' }, office),
      'RECTIFICATION.NOT_FOUND',
      404,
    );
    const created = await ok('rectification.create', item, office);
    await refused(
      call('rectification.verify', { rectificationId: created.id, accept: false }, office),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('rectification.verify', { rectificationId: created.id, accept: true }, office),
      'RECTIFICATION.ILLEGAL_TRANSITION',
      409,
    );
    await refused(call('rectification.list', {}, { resident: 'r1' }), 'AUTH.FORBIDDEN', 403);
  });
}
