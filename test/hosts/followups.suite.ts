/**
 * 差评回访 and 申诉复核 through each host: a 差评 opens a follow-up for the rated person's head,
 * never for the rated person; the handler calls back, classifies and disposes; the resident sees
 * the outcome in 我的评价 and rates it; 误评 / 恶意差评 and staff appeals go to the office, and an
 * upheld one leaves the 差评 out of the figures; the sweep reminds and escalates once.
 */
import { admin2, head, staffA, staffB, window1 } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const office: As = { staff: head };
const rated: As = { staff: staffA };
const colleague: As = { staff: staffB };
const resident: As = { resident: 'fu-1' };

export function describeFollowups(open: () => Promise<TestHost>) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);
  const issueCard = async (by: As = rated) =>
    (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, by)).cardId as string;
  /** A 差评 on staff A's card, with a call-back number; answers the evaluation and the follow-up id. */
  const badRating = async (who: As = resident, extra: Record<string, unknown> = {}) => {
    const ev = await ok(
      'evaluation.submit',
      {
        cardId: await issueCard(),
        level: 1,
        tags: ['态度生硬'],
        comment: '材料一次没讲清楚，跑了三趟',
        callbackPhone: '13812345678',
        callbackConsent: true,
        ...extra,
      },
      who,
    );
    const inbox = await ok('followup.inbox', {}, office);
    return { evaluationId: ev.evaluationId as string, followupId: inbox.followups[0].id as string };
  };

  it('a 差评 opens a follow-up for the head, with the masked number; the rated person sees nothing of it', async () => {
    const { followupId } = await badRating();
    const inbox = await ok('followup.inbox', {}, office);
    expect(inbox.counts).toEqual({ todo: 1, waiting: 0, done: 0 });
    expect(inbox.followups[0]).toMatchObject({
      status: 'open',
      statusLabel: '待回访',
      level: 1,
      levelLabel: '非常不满意',
    });
    const detail = await ok('followup.get', { followupId }, office);
    expect(detail).toMatchObject({
      evaluation: { level: 1, tags: ['态度生硬'], comment: '材料一次没讲清楚，跑了三趟' },
      ratedStaff: { id: staffA.id, name: staffA.name },
      assignee: { id: head.id },
      callbackPhone: '138****5678',
      can: { record: true, revealPhone: true },
    });
    // The rated person: not in their inbox, not readable, not revealable.
    expect((await ok('followup.inbox', {}, rated)).followups).toEqual([]);
    await refused(call('followup.get', { followupId }, rated), 'FOLLOWUP.NOT_FOUND', 404);
    await refused(call('followup.revealPhone', { followupId }, rated), 'FOLLOWUP.NOT_FOUND', 404);
    // A colleague has no business with it either.
    await refused(call('followup.get', { followupId }, colleague), 'FOLLOWUP.NOT_FOUND', 404);
    // The handler was told (in-app 消息), the rated person was not.
    await current().sweep();
    const titles = async (as: As) => (await ok('message.list', {}, as)).messages.map((m: { title: string }) => m.title);
    expect(await titles(office)).toContain('差评待回访核实');
    expect(await titles(rated)).not.toContain('差评待回访核实');
  });

  it('records the call-back, 属实, 立行立改: the resident reads the outcome in 我的评价 and rates it', async () => {
    const { evaluationId, followupId } = await badRating();
    expect((await ok('followup.revealPhone', { followupId }, office)).callbackPhone).toBe('13812345678');
    const requestId = rid('fu');
    const record = {
      followupId,
      callback: 'reached',
      classification: 'true',
      disposal: 'fixed',
      content: '已电话致歉，当面一次性讲清所需材料，并对窗口人员进行了提醒',
    };
    const recorded = await ok('followup.record', record, office, requestId);
    expect(recorded).toMatchObject({
      status: 'answered',
      outcome: { callbackLabel: '已联系上', classificationLabel: '属实', disposalLabel: '立行立改' },
      can: { record: false },
    });
    // A retry answers the same and writes nothing new; a second record is refused.
    const counts = await current().store.counts();
    expect((await ok('followup.record', record, office, requestId)).status).toBe('answered');
    expect(await current().store.counts()).toEqual(counts);
    await refused(call('followup.record', record, office), 'FOLLOWUP.ILLEGAL_TRANSITION', 409);

    const mine = (await ok('evaluation.mine', {}, resident)).evaluations.find(
      (e: { evaluationId: string }) => e.evaluationId === evaluationId,
    );
    expect(mine.followup).toMatchObject({
      status: 'answered',
      outcome: { disposalLabel: '立行立改', content: record.content },
      canRate: true,
    });
    // The classification is the office's business, not the resident's.
    expect(mine.followup.outcome.classificationLabel).toBeUndefined();
    // 回访率 and 差评整改率 in the figures: one 差评, followed up and disposed of.
    const figures = await ok('stats.overview', { from: '2026-11-01', to: '2026-11-30' }, office);
    expect(figures.followups).toEqual({
      bad: 1,
      followedUp: 1,
      followupRate: 1,
      disposed: 1,
      disposalRate: 1,
      reached: 1,
      classifications: [{ name: '属实', count: 1 }],
      excluded: 0,
    });
    // Only the resident who rated may rate the follow-up.
    await refused(
      call('followup.rate', { followupId, satisfied: true }, { resident: 'other' }),
      'FOLLOWUP.NOT_FOUND',
      404,
    );
    expect(await ok('followup.rate', { followupId, satisfied: true }, resident)).toMatchObject({
      status: 'closed',
      satisfied: true,
      canRate: false,
    });
    await refused(
      call('followup.rate', { followupId, satisfied: false }, resident),
      'FOLLOWUP.ILLEGAL_TRANSITION',
      409,
    );
  });

  it('not satisfied sends it to the office, whose record is final', async () => {
    await current().store.org.putStaff(admin2);
    const { followupId } = await badRating();
    await ok(
      'followup.record',
      {
        followupId,
        callback: 'unreached',
        classification: 'partly',
        disposal: 'explained',
        content: '已说明材料要求以一次性告知单为准',
      },
      office,
    );
    expect((await ok('followup.rate', { followupId, satisfied: false }, resident)).status).toBe('review');
    const inbox = await ok('followup.inbox', {}, { staff: admin2 });
    expect(inbox.followups.map((f: { id: string }) => f.id)).toContain(followupId);
    const done = await ok(
      'followup.record',
      {
        followupId,
        callback: 'reached',
        classification: 'true',
        disposal: 'fixed',
        content: '评议办约谈窗口负责人，已整改告知流程',
      },
      { staff: admin2 },
    );
    expect(done).toMatchObject({ status: 'closed', outcome: { content: '评议办约谈窗口负责人，已整改告知流程' } });
  });

  it('限期整改 opens a rectification item; its verification reaches the resident', async () => {
    const { evaluationId, followupId } = await badRating();
    const out = await ok(
      'followup.record',
      {
        followupId,
        callback: 'reached',
        classification: 'true',
        disposal: 'rectify',
        content: '材料清单不清，限期修订一次性告知单',
        rectifyDueOn: '2026-12-20',
      },
      office,
    );
    expect(out.rectification).toMatchObject({ status: '整改中' });
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect((await ok('stats.overview', period, office)).followups).toMatchObject({ followedUp: 1, disposed: 0 });
    const rect = await ok('rectification.get', { rectificationId: out.rectification.id }, office);
    expect(rect).toMatchObject({ source: 'followup', sourceLabel: '差评回访', dueOn: '2026-12-20' });
    await ok(
      'rectification.report',
      { rectificationId: rect.id, text: '一次性告知单已修订并上墙', done: true },
      office,
    );
    await ok('rectification.verify', { rectificationId: rect.id, accept: true }, office);
    const mine = (await ok('evaluation.mine', {}, resident)).evaluations.find(
      (e: { evaluationId: string }) => e.evaluationId === evaluationId,
    );
    expect(mine.followup.rectified).not.toBeNull();
    expect((await ok('stats.overview', period, office)).followups).toMatchObject({ disposed: 1, disposalRate: 1 });
    await current().sweep();
    const messages = (await ok('message.list', {}, resident)).messages.map((m: { title: string }) => m.title);
    expect(messages).toEqual(expect.arrayContaining(['您的评价有了回访结果', '您反映的问题已整改']));
  });

  it('no number without consent, no call-back number on a good rating, none kept after a change to good', async () => {
    const cardId = await issueCard();
    await refused(
      call('evaluation.submit', { cardId, level: 1, tags: ['态度生硬'], callbackPhone: '13812345678' }, resident),
      'REQUEST.INVALID',
      400,
    );
    await refused(
      call('evaluation.submit', { cardId, level: 4, callbackPhone: '13812345678', callbackConsent: true }, resident),
      'FOLLOWUP.CALLBACK_NOT_BAD',
      400,
    );
    // A 差评 changed to 满意 before anyone followed it up withdraws the follow-up.
    const { evaluationId, followupId } = await badRating({ resident: 'fu-2' });
    await ok('evaluation.amend', { evaluationId, level: 4 }, { resident: 'fu-2' });
    const f = await current().store.followups.byId(followupId);
    expect(f).toMatchObject({ status: 'withdrawn', callbackPhone: null });
    expect((await ok('followup.inbox', {}, office)).counts.todo).toBe(0);
  });

  it('a window 差评 goes to the department head; one about the head goes to the office, not to the head', async () => {
    await current().store.org.putStaff(admin2);
    await ok('evaluation.submit', { windowId: window1.id, level: 2, tags: ['态度生硬'] }, resident);
    expect((await ok('followup.inbox', {}, office)).counts.todo).toBe(1);
    // The head issues a card; its 差评 is about them: the other office member handles it, the head never sees it.
    const cardId = await issueCard(office);
    await ok('evaluation.submit', { cardId, level: 1, tags: ['态度生硬'] }, { resident: 'fu-3' });
    const theirs = await ok('followup.inbox', {}, { staff: admin2 });
    expect(theirs.counts.todo).toBe(2);
    expect((await ok('followup.inbox', {}, office)).counts.todo).toBe(1);
  });

  it('误评 goes to the office first; upheld, the 差评 leaves the figures; the resident never learns of it', async () => {
    await current().store.org.putStaff(admin2);
    const { followupId, evaluationId } = await badRating();
    const before = await ok('stats.overview', { from: '2026-11-01', to: '2026-11-30' }, office);
    const served = async () =>
      (await ok('assessment.compute', { year: 2026 }, office)).staff.find(
        (r: { staffId: string }) => r.staffId === staffA.id,
      ).evaluations;
    expect(await served()).toBe(1);
    const out = await ok(
      'followup.record',
      {
        followupId,
        callback: 'reached',
        classification: 'mistaken',
        disposal: 'explained',
        content: '群众确认点错了评价等级',
      },
      office,
    );
    expect(out.status).toBe('approval');
    // The resident still sees an open follow-up, no outcome.
    const mine = (await ok('evaluation.mine', {}, resident)).evaluations[0];
    expect(mine.followup).toMatchObject({ status: 'open', outcome: null });
    const pending = await ok('appeal.list', { status: 'pending' }, { staff: admin2 });
    expect(pending.appeals).toHaveLength(1);
    expect(pending.appeals[0]).toMatchObject({
      kind: 'classification',
      classificationLabel: '误评',
      target: { level: 1 },
    });
    // The head made it: another office member decides.
    await refused(call('appeal.decide', { appealId: pending.appeals[0].id, upheld: true }, office), 'APPEAL.SELF', 403);
    await ok('appeal.decide', { appealId: pending.appeals[0].id, upheld: true, reason: '核实无误' }, { staff: admin2 });
    expect((await ok('evaluation.mine', {}, resident)).evaluations[0].followup.status).toBe('answered');
    const after = await ok('stats.overview', { from: '2026-11-01', to: '2026-11-30' }, office);
    expect(after.evaluations).toBe(before.evaluations - 1);
    expect(after.followups).toMatchObject({ bad: 0, followedUp: 0, excluded: 1 });
    // The assessment's 服务对象评价 share leaves it out too (the same scope on every store).
    expect(await served()).toBe(0);
    expect(JSON.stringify(await ok('evaluation.mine', {}, resident))).not.toMatch(/申诉|appeal/);
    expect(evaluationId).toBeTruthy();
  });

  it('the rated person appeals their own 差评 within 15 days; once; the office decides', async () => {
    await current().store.org.putStaff(admin2);
    const { evaluationId } = await badRating();
    await refused(
      call('appeal.submit', { evaluationId, reason: '当事人当天未到窗口办理，系误评' }, colleague),
      'APPEAL.NOT_FOUND',
      404,
    );
    const requestId = rid('ap');
    const appeal = await ok(
      'appeal.submit',
      { evaluationId, reason: '当事人当天未到窗口办理，系误评' },
      rated,
      requestId,
    );
    expect(appeal).toMatchObject({ status: 'pending', kind: 'evaluation', target: {} });
    expect(
      (await ok('appeal.submit', { evaluationId, reason: '当事人当天未到窗口办理，系误评' }, rated, requestId)).id,
    ).toBe(appeal.id);
    await refused(
      call('appeal.submit', { evaluationId, reason: '再次申诉，理由同上一条' }, rated),
      'APPEAL.PENDING',
      409,
    );
    const decided = await ok(
      'appeal.decide',
      { appealId: appeal.id, upheld: false, reason: '回访核实情况属实' },
      office,
    );
    expect(decided).toMatchObject({ status: 'dismissed', decision: '回访核实情况属实' });
    await refused(call('appeal.decide', { appealId: appeal.id, upheld: true }, office), 'APPEAL.DECIDED', 409);
    expect((await ok('appeal.list', {}, rated)).appeals[0]).toMatchObject({
      status: 'dismissed',
      statusLabel: '申诉不成立',
    });
    // Past 15 days: too late.
    current().setNow('2026-12-10T02:00:00.000Z');
    await refused(
      call('appeal.submit', { evaluationId, reason: '补充证据后再次申诉，当天未到窗口' }, rated),
      'APPEAL.WINDOW_CLOSED',
      409,
    );
  });

  it('the sweep reminds before the deadline and escalates once a day, never to the rated person', async () => {
    const { followupId } = await badRating();
    const notices = async () =>
      (await current().store.outbox.claim(new Date('2030-01-01'), new Date('2030-01-01'), 1000)).map((o) => o.kind);
    current().setNow('2026-11-29T02:00:00.000Z'); // 09:00 Shanghai, two days before the due day (12-01)
    await current().sweep();
    current().setNow('2026-12-02T02:30:00.000Z'); // the day after the due day
    await current().sweep();
    await current().sweep();
    const f = await current().store.followups.byId(followupId);
    expect(f?.entries.map((e) => e.kind)).toEqual(['opened', 'reminded', 'overdue']);
    const messages = async (as: As) =>
      (await ok('message.list', {}, as)).messages.map((m: { title: string }) => m.title);
    expect((await messages(office)).filter((t: string) => t === '差评回访已逾期')).toHaveLength(1);
    // Nothing about the follow-up reaches the rated person (their own card, never 办结, is watched: that notice is theirs).
    expect(await messages(rated)).toEqual(['监督卡已超期未办结']);
    expect(await notices()).toEqual([]);
  });
}
