/**
 * No raw identity anywhere: a full cycle through a host — guest and WeChat residents evaluate,
 * amend, complain with a phone number and a photo, the case is answered, rated, reopened,
 * declined and reviewed, the office exports — then every table or collection is scanned for the
 * residents' subjects and OPENIDs. Only keyed hashes (and the sealed OPENID) may be stored.
 */
import { dept, head, staffA, window1, seedOrg } from '../support/fixtures';
import { hostCalls, type As, type TestHost } from './harness';

export function describeNoRawIdentity(open: () => Promise<TestHost>, residents: { guest: As; wechat: As }) {
  let host: TestHost;
  const { ok } = hostCalls(() => host);
  const office: As = { staff: head };
  const staff: As = { staff: staffA };
  const issueCard = async () =>
    (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, staff))
      .cardId as string;

  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    host.setNow('2026-11-24T02:00:00.000Z');
  });
  afterEach(() => host.close());

  it('keeps no resident subject or OPENID in any table after a whole cycle', async () => {
    const { guest, wechat } = residents;
    // Evaluate and amend (a card), evaluate a window with a reason.
    const ev = await ok(
      'evaluation.submit',
      { cardId: await issueCard(), level: 2, tags: ['态度生硬'], comment: '等了很久没人理' },
      guest,
    );
    await ok('evaluation.amend', { evaluationId: ev.evaluationId, level: 4 }, guest);
    await ok('evaluation.submit', { windowId: window1.id, level: 1, tags: ['办事拖拉'] }, wechat);
    // Complain with a phone number and a photo; the handler reveals the number, answers; not satisfied; answered again; rated.
    const photo = await host.privacy!.photo(wechat);
    const c1 = await ok(
      'complaint.submit',
      {
        cardId: await issueCard(),
        category: '服务态度',
        content: '窗口人员态度生硬，不解释材料要求',
        contactPhone: '13812341234',
        photos: [photo],
      },
      wechat,
    );
    await ok('complaint.revealPhone', { complaintId: c1.complaintId }, office);
    await ok('complaint.reply', { complaintId: c1.complaintId, content: '已核实情况，当面致歉并讲清材料' }, office);
    await ok('complaint.rate', { complaintId: c1.complaintId, rating: 'unsatisfied', comment: '没有解决' }, wechat);
    await ok('complaint.reply', { complaintId: c1.complaintId, content: '评议办复核后再次答复，已约谈' }, office);
    await ok('complaint.rate', { complaintId: c1.complaintId, rating: 'satisfied' }, wechat);
    // A department complaint the office declines; the complainant asks for review; answered.
    const c2 = await ok(
      'complaint.submit',
      { departmentId: dept.id, category: '其他', content: '大厅叫号屏经常不显示', contactPhone: '13900001111' },
      guest,
    );
    await ok('complaint.reject', { complaintId: c2.complaintId, reason: '不属于本中心职责，请向物业反映' }, office);
    await ok(
      'complaint.requestReview',
      { complaintId: c2.complaintId, reason: '叫号屏就在大厅里，属于中心管理' },
      guest,
    );
    await ok('complaint.reply', { complaintId: c2.complaintId, content: '已联系维修，本周内修复叫号屏' }, office);
    // Each reads their own; the office exports.
    for (const who of [guest, wechat]) {
      expect((await ok('complaint.mine', {}, who)).complaints).toHaveLength(1);
      expect((await ok('evaluation.mine', {}, who)).evaluations).toHaveLength(1);
    }
    const month = { from: '2026-11-01', to: '2026-11-30' };
    for (const action of ['export.evaluations', 'export.complaints'])
      expect((await ok(action, month, office)).status).toBe('done');

    const stored = await host.privacy!.dump();
    // The scan reads what was written (or it would prove nothing).
    for (const written of [c1.trackingNo, c2.trackingNo, '大厅叫号屏经常不显示', '已联系维修，本周内修复叫号屏'])
      expect(stored).toContain(written);
    const raw = host.privacy!.rawIdentities();
    expect(raw.length).toBeGreaterThanOrEqual(3);
    for (const identity of raw)
      expect({ identity, found: stored.includes(identity) }).toEqual({ identity, found: false });
  });
}
