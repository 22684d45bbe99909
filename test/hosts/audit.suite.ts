/**
 * The office's audit trail through each host: what lands on it (who, when, what, before and
 * after, never a phone number, bind code or OPENID), once per request, paged and filtered, for
 * admins only, and that no action can edit it.
 */
import { ALL_ACTIONS } from '../../server/core/registry';
import { dept, head, seedOrg, staffA, staffB } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost } from './harness';

const office: As = { staff: head };
const resident: As = { resident: 'alice' };

export function describeAuditTrail(open: () => Promise<TestHost>) {
  let host: TestHost;
  const { call, ok, refused } = hostCalls(() => host);
  let minute = 0;
  /** Entries of one instant have no order among them: each step here happens a minute later. */
  const later = () => host.setNow(new Date(Date.parse('2026-11-24T02:00:00.000Z') + ++minute * 60_000).toISOString());
  const trail = async (filter: Record<string, unknown> = {}) =>
    (await ok('audit.list', filter, office)).entries as any[];

  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    host.setNow('2026-11-24T02:00:00.000Z');
    minute = 0;
  });
  afterEach(() => host.close());

  it('records a role change with the record before and after, without the OPENID, once however often it is retried', async () => {
    const change = { id: staffB.id, number: staffB.number, name: staffB.name, departmentId: dept.id, role: 'admin' };
    const requestId = rid('role');
    await ok('org.saveStaff', change, office, requestId);
    await ok('org.saveStaff', change, office, requestId);
    const [entry, ...rest] = await trail();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      at: '2026-11-24T02:00:00.000Z',
      actorStaffId: head.id,
      actorName: head.name,
      kind: 'org.role',
      kindLabel: '角色变更',
      target: `staff:${staffB.id}`,
      summary: '李强（A002）角色：工作人员 → 管理员',
      before: { role: 'staff', bound: true },
      after: { role: 'admin', bound: true },
    });
    expect(JSON.stringify(entry)).not.toContain(staffB.openid);
  });

  it('records settings, publication, bind codes, scores and 责任追究 — never the code itself', async () => {
    await ok('qr.setRule', { plainUrlRule: true }, office);
    later();
    await ok('stats.publish', { enabled: true }, office);
    later();
    const code = (await ok('org.bindCode', { staffId: staffA.id }, office)).code as string;
    later();
    await ok('assessment.score', { year: 2026, staffId: staffA.id, peer: 90 }, office);
    later();
    await ok(
      'accountability.record',
      { staffId: staffA.id, kind: 'admonishment', decidedOn: '2026-11-20', reason: '多次推诿群众办事' },
      office,
    );
    const entries = await trail();
    expect(entries.map((e) => e.kind)).toEqual([
      'accountability.record',
      'assessment.score',
      'org.bindCode',
      'results.publish',
      'settings',
    ]);
    expect(entries.find((e) => e.kind === 'settings')).toMatchObject({
      before: { plainUrlRule: false },
      after: { plainUrlRule: true },
    });
    expect(entries.find((e) => e.kind === 'results.publish')).toMatchObject({
      summary: '向群众公开评议结果',
      before: { enabled: false },
      after: { enabled: true },
    });
    expect(entries.find((e) => e.kind === 'assessment.score')).toMatchObject({
      before: null,
      after: { peer: 90, head: null, self: null },
    });
    expect(entries.find((e) => e.kind === 'accountability.record')).toMatchObject({
      target: `staff:${staffA.id}`,
      after: { kind: 'admonishment', reason: '多次推诿群众办事' },
    });
    expect(JSON.stringify(entries)).not.toContain(code.replace('-', ''));
    expect(JSON.stringify(entries)).not.toContain(code);
  });

  it('records a decline, the complainant’s review (as 群众) and a phone reveal — never the number', async () => {
    const { cardId } = await ok(
      'card.issue',
      { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
      { staff: staffA },
    );
    const c = await ok(
      'complaint.submit',
      { cardId, category: '服务态度', content: '窗口人员态度生硬，不解释材料要求', contactPhone: '13812341234' },
      resident,
    );
    await ok('complaint.revealPhone', { complaintId: c.complaintId }, office);
    later();
    await ok('complaint.reject', { complaintId: c.complaintId, reason: '经核实不属于本中心职责' }, office);
    later();
    await ok('complaint.requestReview', { complaintId: c.complaintId, reason: '窗口就在本中心大厅里' }, resident);
    const entries = await trail();
    expect(entries.map((e) => [e.kind, e.actorName, e.target])).toEqual([
      ['complaint.review', '群众', `complaint:${c.trackingNo}`],
      ['complaint.reject', head.name, `complaint:${c.trackingNo}`],
      ['complaint.revealPhone', head.name, `complaint:${c.trackingNo}`],
    ]);
    expect(entries[0].actorStaffId).toBeNull();
    expect(JSON.stringify(entries)).not.toContain('13812341234');
    expect(JSON.stringify(entries)).not.toContain('alice');
  });

  it('records each export and who was handed its download link', async () => {
    await ok('export.evaluations', { from: '2026-11-01', to: '2026-11-30' }, office);
    // Both in one instant: in no particular order.
    expect(
      (await trail())
        .map((e) => [e.kind, e.summary])
        .sort()
        .reverse(),
    ).toEqual([
      ['export.download', '获取下载链接：评价明细_2026-11-01_2026-11-30.xlsx'],
      ['export', '导出 评价明细_2026-11-01_2026-11-30.xlsx'],
    ]);
  });

  it('pages newest first with a cursor, and filters by day, staff member and kind', async () => {
    for (let i = 0; i < 7; i++) {
      host.setNow(`2026-11-${String(10 + i).padStart(2, '0')}T02:00:00.000Z`);
      await ok('stats.publish', { enabled: i % 2 === 0 }, office);
    }
    host.setNow('2026-11-20T02:00:00.000Z');
    await ok('qr.setRule', { plainUrlRule: true }, office);
    const first = await ok('audit.list', { limit: 3 }, office);
    expect(first.entries.map((e: any) => e.at.slice(0, 10))).toEqual(['2026-11-20', '2026-11-16', '2026-11-15']);
    const second = await ok('audit.list', { limit: 3, cursor: first.next }, office);
    expect(second.entries.map((e: any) => e.at.slice(0, 10))).toEqual(['2026-11-14', '2026-11-13', '2026-11-12']);
    const third = await ok('audit.list', { limit: 3, cursor: second.next }, office);
    expect(third.entries.map((e: any) => e.at.slice(0, 10))).toEqual(['2026-11-11', '2026-11-10']);
    expect(third.next).toBeNull();
    expect((await trail({ kind: 'settings' })).map((e) => e.kind)).toEqual(['settings']);
    expect(await trail({ from: '2026-11-12', to: '2026-11-13' })).toHaveLength(2);
    expect(await trail({ actorStaffId: staffA.id })).toEqual([]);
    expect(await trail({ actorStaffId: head.id })).toHaveLength(8);
  });

  it('is the office’s alone; bad filters are refused; no action edits or deletes it', async () => {
    await refused(call('audit.list', {}, { staff: staffA }, rid()), 'AUTH.FORBIDDEN', 403);
    await refused(call('audit.list', {}, resident, rid()), 'AUTH.FORBIDDEN', 403);
    await refused(call('audit.list', { cursor: 'nonsense' }, office, rid()), 'REQUEST.INVALID', 400);
    await refused(call('audit.list', { kind: 'everything' }, office, rid()), 'REQUEST.INVALID', 400);
    await refused(call('audit.list', { from: '2026-11-30', to: '2026-11-01' }, office, rid()), 'REQUEST.INVALID', 400);
    expect(ALL_ACTIONS.map((a) => a.name).filter((n) => n.startsWith('audit.'))).toEqual(['audit.list']);
  });
}
