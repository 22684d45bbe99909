/**
 * Supervising complaints through each host: the handler's one 延期 and its supervisor's decision
 * (the deadline moves, the complainant is told, on-time judged by the approved deadline), the
 * 督办单 the ladder sends on the third day overdue and its answer, and the office's ladder setting.
 */
import { admin2, head, staffA } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const handler: As = { staff: head }; // the head handles complaints about staff A's cards
const resident: As = { resident: 'sv-1' };
const office: As = { staff: admin2 };
const period = { from: '2026-11-01', to: '2026-11-30' };

export function describeSupervision(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);
  const file = async () => {
    await current().store.org.putStaff(admin2);
    const { cardId } = await ok(
      'card.issue',
      { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
      { staff: staffA },
    );
    const c = await ok(
      'complaint.submit',
      { cardId, category: '服务态度', content: '窗口人员态度生硬，材料没说清' },
      resident,
    );
    return c.complaintId as string;
  };

  it('延期: asked once by the handler, approved by the office; the deadline moves and on-time follows it', async () => {
    const complaintId = await file();
    const before = await ok('complaint.get', { complaintId }, handler);
    expect(before.can).toMatchObject({ requestExtension: true, decideExtension: false });
    const requestId = rid('ext');
    const asked = await ok(
      'complaint.requestExtension',
      { complaintId, days: 5, reason: '需调取档案核实' },
      handler,
      requestId,
    );
    expect(asked.extension).toMatchObject({ days: 5, status: 'pending', statusLabel: '待审批' });
    // A retry answers the same; a second request is refused; the handler cannot approve their own.
    expect(
      (await ok('complaint.requestExtension', { complaintId, days: 5, reason: '需调取档案核实' }, handler, requestId))
        .extension.status,
    ).toBe('pending');
    await refused(
      call('complaint.requestExtension', { complaintId, days: 3, reason: '再延几天可以吗' }, handler),
      'COMPLAINT.EXTENSION_USED',
      409,
    );
    await refused(call('complaint.decideExtension', { complaintId, approve: true }, handler), 'AUTH.FORBIDDEN', 403);
    // The person complained about never decides anything about it.
    await refused(
      call('complaint.decideExtension', { complaintId, approve: true }, { staff: staffA }),
      'COMPLAINT.NOT_FOUND',
      404,
    );
    const decided = await ok('complaint.decideExtension', { complaintId, approve: true, reason: '同意' }, office);
    expect(decided.extension.status).toBe('approved');
    expect(new Date(decided.replyDueAt).getTime() - new Date(before.replyDueAt).getTime()).toBe(5 * 24 * 3600 * 1000);
    await refused(
      call('complaint.decideExtension', { complaintId, approve: false, reason: '改变主意了' }, office),
      'COMPLAINT.NO_EXTENSION',
      409,
    );
    // The complainant reads the new deadline; replied after the first deadline but before the new one: on time.
    const mine = await ok('complaint.get', { complaintId }, resident);
    expect(mine.timeline.map((e: { text: string }) => e.text).join('\n')).toMatch(/已批准延期 5 天/);
    expect(mine.extension).toBeNull();
    current().setNow('2026-12-04T02:00:00.000Z');
    await ok('complaint.reply', { complaintId, content: '已核实档案，当面解释并致歉' }, handler);
    const figures = await ok('stats.overview', period, office);
    expect(figures.complaints).toMatchObject({ extended: 1, onTimeRate: 1 });
  });

  it('a refused 延期 keeps the deadline and tells the handler why', async () => {
    const complaintId = await file();
    const before = await ok('complaint.get', { complaintId }, handler);
    await ok('complaint.requestExtension', { complaintId, days: 7, reason: '工作太忙了' }, handler);
    await refused(call('complaint.decideExtension', { complaintId, approve: false }, office), 'REQUEST.INVALID', 400);
    const out = await ok(
      'complaint.decideExtension',
      { complaintId, approve: false, reason: '理由不充分，请按期答复' },
      office,
    );
    expect(out).toMatchObject({ replyDueAt: before.replyDueAt, extension: { status: 'refused' } });
  });

  it('the ladder’s 督办单 on day 3 overdue goes to the supervisor, who answers it once', async () => {
    const complaintId = await file(); // due 12-01
    await refused(
      call('complaint.superviseReply', { complaintId, content: '已督促办理人答复' }, office),
      'COMPLAINT.NOT_SUPERVISED',
      409,
    );
    for (const at of ['2026-12-02T02:00:00.000Z', '2026-12-04T02:00:00.000Z']) {
      current().setNow(at);
      await current().sweep();
      await current().sweep();
    }
    const titles = (await ok('message.list', {}, office)).messages.map((m: { title: string }) => m.title);
    expect(titles.filter((t: string) => t === '投诉逾期督办')).toHaveLength(1);
    expect((await ok('complaint.get', { complaintId }, office)).can.superviseReply).toBe(true);
    const answered = await ok(
      'complaint.superviseReply',
      { complaintId, content: '已约谈办理人，要求今日答复' },
      office,
    );
    expect(answered.timeline.map((e: { text: string }) => e.text).join('\n')).toMatch(/回复督办单：已约谈办理人/);
    expect(answered.can.superviseReply).toBe(false);
    await refused(
      call('complaint.superviseReply', { complaintId, content: '再回复一次督办单' }, office),
      'COMPLAINT.NOT_SUPERVISED',
      409,
    );
    // The complainant sees the 督办 happened, not the supervisor's words.
    const mine = await ok('complaint.get', { complaintId }, resident);
    expect(JSON.stringify(mine.timeline)).not.toContain('已约谈办理人');
  });

  it('the office sets the ladder; a bad one is refused; staff cannot', async () => {
    expect(await ok('complaint.ladder', {}, handler)).toMatchObject({
      isDefault: true,
      steps: [
        { day: 1, rung: 'urge', label: '催办' },
        { day: 3, rung: 'supervise', label: '督办' },
        { day: 5, rung: 'report', label: '通报' },
      ],
    });
    await refused(
      call(
        'complaint.setLadder',
        {
          steps: [
            { day: 3, rung: 'urge' },
            { day: 2, rung: 'report' },
          ],
        },
        handler,
      ),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('complaint.setLadder', { steps: [{ day: 1, rung: 'urge' }] }, { staff: staffA }),
      'AUTH.FORBIDDEN',
      403,
    );
    const set = await ok(
      'complaint.setLadder',
      {
        steps: [
          { day: 2, rung: 'supervise' },
          { day: 4, rung: 'report' },
        ],
      },
      handler,
    );
    expect(set.isDefault).toBe(false);
    expect((await ok('complaint.ladder', {}, { staff: staffA })).steps.map((s: { day: number }) => s.day)).toEqual([
      2, 4,
    ]);
  });

  it('AB岗: a handler’s open case and follow-up pass to the B post for the leave, deadline unchanged, and come back', async () => {
    const complaintId = await file();
    const ev = await ok(
      'evaluation.submit',
      {
        cardId: (
          await ok('card.issue', { matter: '抵押登记', matterType: '承诺件', promisedDays: 3 }, { staff: staffA })
        ).cardId,
        level: 1,
        tags: ['态度生硬'],
      },
      { resident: 'sv-2' },
    );
    const followupId = (await ok('followup.inbox', {}, handler)).followups[0].id as string;
    expect(ev.evaluationId).toBeTruthy();
    await current().store.org.putStaff({
      ...head,
      backupStaffId: admin2.id,
      leave: [{ from: '2026-11-25', to: '2026-11-26' }],
    });
    const before = await ok('complaint.get', { complaintId }, handler);
    current().setNow('2026-11-25T01:00:00.000Z');
    await current().sweep();
    await current().sweep();
    const covered = await ok('complaint.get', { complaintId }, office);
    expect(covered).toMatchObject({ assignee: { staffId: admin2.id }, replyDueAt: before.replyDueAt });
    expect(covered.timeline.map((e: { text: string }) => e.text).join('\n')).toMatch(
      /AB岗：张敏 休假，由 赵刚 代为办理/,
    );
    expect((await current().store.followups.byId(followupId))?.assigneeStaffId).toBe(admin2.id);
    const told = (await ok('message.list', {}, handler)).messages.map((m: { title: string }) => m.title);
    expect(told.filter((t: string) => t === '投诉已交 B 岗代办')).toHaveLength(1);
    // Back from leave: both return to the head, once.
    current().setNow('2026-11-27T01:00:00.000Z');
    await current().sweep();
    await current().sweep();
    expect((await ok('complaint.get', { complaintId }, handler)).assignee).toMatchObject({ staffId: head.id });
    expect((await current().store.followups.byId(followupId))?.assigneeStaffId).toBe(head.id);
    const moves = (await current().store.complaints.timeline(complaintId)).filter((e) => e.kind === 'transferred');
    expect(moves).toHaveLength(2);
  });
}
