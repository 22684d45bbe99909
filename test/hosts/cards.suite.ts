/**
 * The service case on a card through each host: 补正 → 补正完成 → 办结 with the resident told,
 * 退回 with its reason, who may act, the catalogue's cap and 告知, the office's free-matter
 * setting, the sweep's day-before and overdue notices (once each), the overdue lists, and
 * 按时办结率 against figures counted from the stored rows.
 */
import { admin2, dept, head, matter1, staffA, staffB } from '../support/fixtures';
import type { Staff } from '../../server/ports/store';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const issuer: As = { staff: staffA };
const resident: As = { resident: 'card-r1' };
const stranger: Staff = {
  id: 'STAFF00031',
  number: 'C031',
  name: '周平',
  departmentId: dept.id,
  role: 'staff',
  backupStaffId: null,
  leave: [],
  openid: 'openid-zhou',
};
const period = { from: '2026-11-01', to: '2026-11-30' };

export function describeCards(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);
  // Issued Tue 24 Nov 2026 10:00 (Shanghai): 5 working days → due Tue 1 Dec.
  const issue = async (o: Record<string, unknown> = {}, as: As = issuer) =>
    (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5, ...o }, as))
      .cardId as string;
  const kinds = async (as: As) =>
    (await ok('message.list', {}, as)).messages.map((m: { kind: string; cardId: string | null }) => [m.kind, m.cardId]);

  it('补正 → 补正完成 → 办结: the clock pauses, the resident who asked is told and evaluates', async () => {
    const cardId = await issue();
    const seen = await ok('card.get', { cardId }, resident);
    expect(seen).toMatchObject({ status: 'accepted', completedAt: null, notifyMe: false, canAct: false });
    expect(seen.dueDate).toBe('2026-12-01');
    expect(await ok('card.notifyMe', { cardId }, resident)).toEqual({ notifyMe: true, closed: false });
    expect((await ok('card.get', { cardId }, resident)).notifyMe).toBe(true);
    expect((await ok('card.get', { cardId }, issuer)).canAct).toBe(true);

    current().setNow('2026-11-25T03:00:00.000Z'); // Wed: 4 working days left
    const items = ['户口簿原件', '婚姻关系证明'];
    const key = rid('supp');
    const asked = await ok('card.supplement', { cardId, items, nextVisitOn: '2026-11-30' }, issuer, key);
    expect(asked).toMatchObject({
      status: 'supplement',
      supplement: { items, nextVisitOn: '2026-11-30', resumedAt: null },
    });
    // A retry answers the same; a second 补正 with more items is refused (一次性告知).
    expect((await ok('card.supplement', { cardId, items, nextVisitOn: '2026-11-30' }, issuer, key)).status).toBe(
      'supplement',
    );
    await refused(
      call('card.supplement', { cardId, items: [...items, '另一份材料'] }, issuer),
      'CARD.ILLEGAL_TRANSITION',
      409,
    );
    await refused(call('card.complete', { cardId }, issuer), 'CARD.ILLEGAL_TRANSITION', 409);
    const mine = await ok('card.get', { cardId }, resident);
    expect(mine.supplement.items).toEqual(items);
    expect(mine.timeline.map((e: { kind: string }) => e.kind)).toEqual(['issued', 'supplement']);

    // Paused: the sweep owes nothing, even past the old due date.
    current().setNow('2026-12-02T03:00:00.000Z');
    await current().sweep();
    expect((await kinds(issuer)).filter(([k]: string[]) => k.startsWith('card.'))).toEqual([]);

    // Brought on Wed 2 Dec: the 4 working days left run again after it → Tue 8 Dec. The B post may record it.
    const resumed = await ok('card.resume', { cardId }, { staff: staffB });
    expect(resumed).toMatchObject({ status: 'accepted', dueDate: '2026-12-08' });
    expect(resumed.supplement.resumedAt).toBe('2026-12-02T03:00:00.000Z');

    current().setNow('2026-12-03T02:00:00.000Z');
    const done = await ok('card.complete', { cardId }, { staff: head });
    expect(done).toMatchObject({ status: 'completed', completedAt: '2026-12-03T02:00:00.000Z' });
    expect((await ok('card.complete', { cardId }, issuer)).status).toBe('completed'); // the same effect again
    await refused(call('card.return', { cardId, reason: '改为退回' }, issuer), 'CARD.ILLEGAL_TRANSITION', 409);
    await current().sweep(); // delivers the notice
    expect(await kinds(resident)).toEqual([['card.done', cardId]]);
    const message = (await ok('message.list', {}, resident)).messages[0];
    expect(message.body).toContain('已于 2026-12-03 10:00 办结');
    // The window counts from 办结; the resident evaluates.
    const after = await ok('card.get', { cardId }, resident);
    expect(after.evaluableUntil).toBe('2027-01-02T02:00:00.000Z');
    await ok('evaluation.submit', { cardId, level: 5 }, resident);
    // Staff never learn who asked to be told.
    expect(JSON.stringify(await ok('card.get', { cardId }, issuer))).not.toMatch(/card-r1|watchers|subjectHash/);
  });

  it('退回 with the reason and where to go; only the issuer, their B post or the head may act', async () => {
    await current().store.org.putStaff(stranger);
    const cardId = await issue();
    await ok('card.notifyMe', { cardId }, resident);
    await refused(call('card.return', { cardId, reason: '不予办理' }, { staff: stranger }), 'CARD.NOT_HANDLER', 403);
    await refused(call('card.complete', { cardId }, resident), 'AUTH.FORBIDDEN', 403);
    await refused(call('card.complete', { cardId: 'CARD0000000000000404' }, issuer), 'CARD.NOT_FOUND', 404);
    await refused(call('card.return', { cardId, reason: '  ' }, issuer), 'REQUEST.INVALID', 400);
    await refused(call('card.supplement', { cardId, items: [] }, issuer), 'REQUEST.INVALID', 400);
    const back = await ok(
      'card.return',
      { cardId, reason: '该事项不属于本科室受理范围', referTo: '社保服务科 2 号窗口' },
      { staff: staffB },
    );
    expect(back).toMatchObject({
      status: 'returned',
      returned: { reason: '该事项不属于本科室受理范围', referTo: '社保服务科 2 号窗口' },
    });
    await current().sweep();
    const [message] = (await ok('message.list', {}, resident)).messages;
    expect(message).toMatchObject({ kind: 'card.done', cardId });
    expect(message.body).toContain('社保服务科 2 号窗口');
    // Asking after it closed records nothing and says so.
    expect(await ok('card.notifyMe', { cardId }, { resident: 'card-r2' })).toEqual({ notifyMe: true, closed: true });
  });

  it('即办件 are 办结 at issue', async () => {
    const cardId = await issue({ matterType: '即办件', promisedDays: 0 });
    const c = await ok('card.get', { cardId }, resident);
    expect(c).toMatchObject({ status: 'completed', completedAt: '2026-11-24T02:00:00.000Z' });
    await refused(call('card.supplement', { cardId, items: ['身份证'] }, issuer), 'CARD.ILLEGAL_TRANSITION', 409);
  });

  it('the catalogue caps the promise and gives the 告知; the office may refuse free matters', async () => {
    await refused(
      call('card.issue', { matter: matter1.name, matterType: '承诺件', promisedDays: 6, matterId: matter1.id }, issuer),
      'CARD.PROMISE_EXCEEDS',
      400,
    );
    const cardId = await issue({ matterId: matter1.id, notes: '请带齐原件' });
    const c = await ok('card.get', { cardId }, resident);
    expect(c.notes).toBe('请带齐原件');
    expect(c.notice).toMatchObject({ promisedDays: matter1.promisedDays, notes: matter1.notes });

    expect(await ok('card.settings', {}, issuer)).toEqual({ freeMatters: true });
    await refused(call('card.setSettings', { freeMatters: false }, issuer), 'AUTH.FORBIDDEN', 403);
    expect(await ok('card.setSettings', { freeMatters: false }, { staff: head })).toEqual({ freeMatters: false });
    await refused(
      call('card.issue', { matter: '目录外的事', matterType: '承诺件', promisedDays: 3 }, issuer),
      'CARD.FREE_MATTER_OFF',
      400,
    );
    await issue({ matterId: matter1.id });
  });

  it('the day before and the day after the due date: each notice once, however often the sweep runs', async () => {
    const cardId = await issue();
    current().setNow('2026-11-30T01:30:00.000Z'); // 09:30 the day before
    await current().sweep();
    await current().sweep();
    expect(await kinds(issuer)).toEqual([['card.dueSoon', cardId]]);
    current().setNow('2026-12-01T12:00:00.000Z'); // the due day: nothing more
    await current().sweep();
    current().setNow('2026-12-02T01:30:00.000Z'); // the morning after
    await current().sweep();
    await current().sweep();
    expect(await kinds(issuer)).toEqual([
      ['card.overdue', cardId],
      ['card.dueSoon', cardId],
    ]);
    expect(await kinds({ staff: head })).toEqual([['card.overdue', cardId]]);
    expect(await kinds({ staff: staffB })).toEqual([]);
    // Listed for the head (their department), the issuer (their own), not for a colleague.
    const listed = await ok('card.overdue', {}, { staff: head });
    expect(listed.cards.map((c: { cardId: string; daysOverdue: number }) => [c.cardId, c.daysOverdue])).toEqual([
      [cardId, 1],
    ]);
    expect((await ok('card.overdue', {}, issuer)).cards).toHaveLength(1);
    expect((await ok('card.overdue', {}, { staff: staffB })).cards).toHaveLength(0);
    const timeline = (await ok('card.get', { cardId }, issuer)).timeline.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(['issued', 'dueSoon', 'overdue']);
  });

  it('按时办结率 and the other card figures agree with the stored cards', async () => {
    await current().store.org.putStaff(admin2);
    const office: As = { staff: admin2 };
    const onTime = await issue();
    const late = await issue();
    const paused = await issue();
    const returned = await issue();
    const open = await issue();
    await issue({ matterType: '即办件', promisedDays: 0 });
    await ok('card.supplement', { cardId: paused, items: ['身份证复印件'] }, issuer);
    await ok('card.complete', { cardId: onTime }, issuer);
    await ok('card.return', { cardId: returned, reason: '申请人撤回申请' }, issuer);
    current().setNow('2026-12-03T02:00:00.000Z');
    await ok('card.complete', { cardId: late }, issuer);

    const figures = (await ok('stats.overview', period, office)).cards;
    // Counted again from the rows the store holds.
    const rows = await current().store.cards.byStaff(staffA.id, 100);
    const now = new Date('2026-12-03T02:00:00.000Z');
    const completed = rows.filter((c) => c.status === 'completed');
    expect(figures).toEqual({
      issued: rows.length,
      completed: completed.length,
      completedOnTime: completed.filter((c) => c.completedAt! <= c.dueAt).length,
      onTimeRate: completed.filter((c) => c.completedAt! <= c.dueAt).length / completed.length,
      openOverdue: rows.filter((c) => c.status === 'accepted' && c.dueAt < now).length,
      supplements: rows.filter((c) => c.supplement).length,
      returned: rows.filter((c) => c.status === 'returned').length,
    });
    expect(figures).toMatchObject({
      issued: 6,
      completed: 3,
      completedOnTime: 2,
      openOverdue: 1,
      supplements: 1,
      returned: 1,
    });
    expect(open).toBeTruthy();
    // The 评议报告 carries them and lists the overdue card.
    const report = await ok('stats.report', period, office);
    expect(report.summary.cards).toEqual(figures);
    expect(report.overdueCards.map((c: { cardId: string }) => c.cardId)).toEqual([open]);
  });
}
