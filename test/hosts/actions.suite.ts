/**
 * Every action's behaviour, run through each host (see node-host.test.ts and
 * cloudbase-host.test.ts). Statuses are checked where the host has them (HTTP).
 */
import { dept, dept2, head, matter1, seedOrg, staffA, staffB, window1 } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost } from './harness';

const resident: As = { resident: 'alice' };
const other: As = { resident: 'bob' };
const staff: As = { staff: staffA };
const admin: As = { staff: head };

export function describeActions(open: () => Promise<TestHost>) {
  let host: TestHost;
  const { call, ok, refused } = hostCalls(() => host);

  const issueCard = (extra: Record<string, unknown> = {}, requestId = rid('card')) =>
    ok(
      'card.issue',
      { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5, notes: '1. 身份证\n2. 权证', ...extra },
      staff,
      requestId,
    );

  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    host.setNow('2026-11-24T02:00:00.000Z'); // Tuesday 10:00 in Shanghai
  });
  afterEach(async () => {
    await host.close();
  });

  describe('supervision cards', () => {
    it('staff issue a card whose due date counts working days in Shanghai', async () => {
      const out = await issueCard();
      expect(out.cardId).toMatch(/^[0-9A-Za-z]{20}$/);
      expect(out.url).toBe(`https://hall.example.cn/c/${out.cardId}`);
      // 5 working days after Tue 24 Nov 2026 → Tue 1 Dec, by the end of that day (UTC+8).
      expect(out.dueDate).toBe('2026-12-01');
      expect(out.dueAt).toBe('2026-12-01T15:59:59.999Z');
    });

    it('a card is for a matter of the issuer’s own department: another department’s matter is 403, writing nothing', async () => {
      const elsewhere = { ...matter1, id: 'MAT0000002', departmentId: dept2.id, name: '社保卡补办' };
      await host.store.org.putMatter(elsewhere);
      await refused(
        call(
          'card.issue',
          { matter: elsewhere.name, matterType: '即办件', promisedDays: 0, matterId: elsewhere.id },
          staff,
        ),
        'MATTER.NOT_SERVED',
        403,
      );
      const own = await issueCard({ matterId: matter1.id });
      expect(own.cardId).toMatch(/^[0-9A-Za-z]{20}$/);
    });

    it('shows the card to a resident with staff, department, window and notes', async () => {
      const { cardId } = await issueCard();
      const card = await ok('card.get', { cardId }, resident);
      expect(card).toMatchObject({
        cardId,
        matter: '不动产转移登记',
        matterType: '承诺件',
        promisedDays: 5,
        dayKind: 'working',
        notes: '1. 身份证\n2. 权证',
        supervisionPhone: dept.supervisionPhone,
        issuedAt: '2026-11-24T02:00:00.000Z',
        dueDate: '2026-12-01',
        staff: { id: staffA.id, name: staffA.name, number: staffA.number },
        department: { id: dept.id, name: dept.name },
        window: { id: window1.id, name: window1.name },
        myEvaluation: null,
      });
    });

    it('a 即办件 is due the same day', async () => {
      const out = await issueCard({ matterType: '即办件', promisedDays: 3 });
      expect(out.dueDate).toBe('2026-11-24');
    });

    it('a repeated issue with the same requestId returns the same card and writes nothing', async () => {
      const key = rid('card');
      const first = await issueCard({}, key);
      const before = await host.store.counts();
      expect(await issueCard({}, key)).toEqual(first);
      expect(await host.store.counts()).toEqual(before);
      await refused(
        call('card.issue', { matter: '别的', matterType: '即办件', promisedDays: 0 }, staff, key),
        'REQUEST.KEY_REUSED',
        409,
      );
    });

    it('lists the staff member’s own cards newest first', async () => {
      const a = await issueCard();
      host.setNow('2026-11-24T03:00:00.000Z');
      const b = await issueCard({ matter: '不动产抵押登记' });
      const { cards } = await ok('card.mine', {}, staff);
      expect(cards.map((c: any) => c.cardId)).toEqual([b.cardId, a.cardId]);
      expect((await ok('card.mine', {}, { staff: staffB })).cards).toEqual([]);
    });

    it('gives staff the QR of a card and of a window as PNG', async () => {
      const { cardId, url } = await issueCard();
      const qr = await ok('qr.get', { cardId }, staff);
      expect(qr.url).toBe(url);
      expect(qr.image).toMatch(/^data:image\/png;base64,/);
      expect((await ok('qr.get', { windowId: window1.id }, staff)).url).toBe(`https://hall.example.cn/w/${window1.id}`);
    });

    it('offers the department’s matters and windows to fill a card', async () => {
      const out = await ok('org.matters', {}, staff);
      expect(out.matters.map((m: any) => m.name)).toEqual(['不动产转移登记']);
      expect(out.windows).toEqual([{ id: window1.id, name: window1.name }]);
      expect(out.defaultSupervisionPhone).toBe(dept.supervisionPhone);
    });
  });

  describe('evaluations', () => {
    it('one tap stores the level; the resident sees it as their own, staff never see who', async () => {
      const { cardId } = await issueCard();
      const out = await ok('evaluation.submit', { cardId, level: 4 }, resident, rid('ev'));
      expect(out.amendableUntil).toBe('2026-11-25T02:00:00.000Z');
      const card = await ok('card.get', { cardId }, resident);
      expect(card.myEvaluation).toEqual({
        evaluationId: out.evaluationId,
        level: 4,
        amendableUntil: out.amendableUntil,
      });
      expect((await ok('card.get', { cardId }, other)).myEvaluation).toBeNull();
      const mine = await ok('evaluation.mine', {}, resident);
      expect(mine.evaluations).toHaveLength(1);
      expect(mine.evaluations[0]).toMatchObject({
        evaluationId: out.evaluationId,
        level: 4,
        title: '不动产转移登记',
        departmentName: dept.name,
      });
      expect((await ok('evaluation.mine', {}, other)).evaluations).toEqual([]);
      const row = await host.store.evaluations.byId(out.evaluationId);
      expect(row).toMatchObject({ level: 4, staffId: staffA.id, departmentId: dept.id, target: 'card' });
      // Only a keyed hash is stored: no trace of the resident's own identifier.
      expect(JSON.stringify(row)).not.toMatch(/alice/);
      expect(JSON.stringify([card, mine])).not.toContain(row!.subjectHash);
    });

    it('a repeat with the same requestId returns the same result and writes nothing', async () => {
      const { cardId } = await issueCard();
      const key = rid('ev');
      const first = await ok('evaluation.submit', { cardId, level: 5 }, resident, key);
      const before = await host.store.counts();
      expect(await ok('evaluation.submit', { cardId, level: 5 }, resident, key)).toEqual(first);
      expect(await host.store.counts()).toEqual(before);
    });

    it('refuses a second evaluation of the same card, naming the first', async () => {
      const { cardId } = await issueCard();
      const first = await ok('evaluation.submit', { cardId, level: 5 }, resident, rid('ev'));
      const err = await refused(
        call('evaluation.submit', { cardId, level: 1 }, resident, rid('ev')),
        'EVALUATION.ALREADY_SUBMITTED',
        409,
      );
      expect(err.evaluationId).toBe(first.evaluationId);
      expect((await host.store.evaluations.byId(first.evaluationId))?.level).toBe(5);
    });

    it('details are amended within 24 h; a 差评 needs a reason first', async () => {
      const { cardId } = await issueCard();
      const { evaluationId } = await ok('evaluation.submit', { cardId, level: 2 }, resident, rid('ev'));
      await refused(
        call('evaluation.amend', { evaluationId, dimensions: { attitude: 1 } }, resident, rid('am')),
        'EVALUATION.REASON_REQUIRED',
        422,
      );
      expect((await host.store.evaluations.byId(evaluationId))?.dimensions).toEqual({});
      host.setNow('2026-11-24T05:00:00.000Z');
      const out = await ok(
        'evaluation.amend',
        { evaluationId, dimensions: { attitude: 1 }, tags: ['态度生硬'], comment: '  窗口长时间无人  ' },
        resident,
        rid('am'),
      );
      expect(out).toEqual({ evaluationId, level: 2, amendableUntil: '2026-11-25T02:00:00.000Z' });
      const row = await host.store.evaluations.byId(evaluationId);
      expect(row).toMatchObject({
        level: 2,
        dimensions: { attitude: 1 },
        tags: ['态度生硬'],
        comment: '窗口长时间无人',
      });
      expect(row!.updatedAt.toISOString()).toBe('2026-11-24T05:00:00.000Z');
      // The level itself may be changed too while the window is open.
      expect((await ok('evaluation.amend', { evaluationId, level: 4 }, resident, rid('am'))).level).toBe(4);
      host.setNow('2026-11-25T02:00:00.001Z');
      await refused(
        call('evaluation.amend', { evaluationId, comment: '补充' }, resident, rid('am')),
        'EVALUATION.AMEND_CLOSED',
        409,
      );
      // Amendments are kept: the 差评 and when it was given stay on the row; figures count the latest.
      expect(await host.store.evaluations.byId(evaluationId)).toMatchObject({
        level: 4,
        firstLevel: 2,
        levelChanges: 1,
        earlier: [
          { level: 2, at: new Date('2026-11-24T02:00:00.000Z') },
          { level: 2, at: new Date('2026-11-24T05:00:00.000Z') },
        ],
      });
      const month = { from: '2026-11-01', to: '2026-11-30' };
      const office = await ok('stats.overview', month, admin);
      expect(office).toMatchObject({
        evaluations: 1,
        levels: { '2': 0, '4': 1 },
        amendments: { levelChanged: 1, raisedFromBad: 1 },
      });
      // The office alone sees who changed a rating: to the staff member it is no figure at all.
      expect((await ok('stats.overview', month, staff)).amendments).toBeNull();
    });

    it('a 差评 submitted with details must carry a reason; with one it is stored whole', async () => {
      const { cardId } = await issueCard();
      await refused(
        call('evaluation.submit', { cardId, level: 1, dimensions: { attitude: 1 } }, resident, rid('ev')),
        'EVALUATION.REASON_REQUIRED',
        422,
      );
      const { evaluationId } = await ok(
        'evaluation.submit',
        { cardId, level: 1, tags: ['办事拖拉'] },
        resident,
        rid('ev'),
      );
      expect((await host.store.evaluations.byId(evaluationId))?.tags).toEqual(['办事拖拉']);
    });

    it('nobody else can amend a resident’s evaluation', async () => {
      const { cardId } = await issueCard();
      const { evaluationId } = await ok('evaluation.submit', { cardId, level: 5 }, resident, rid('ev'));
      await refused(
        call('evaluation.amend', { evaluationId, level: 1 }, other, rid('am')),
        'EVALUATION.NOT_FOUND',
        404,
      );
      await refused(
        call('evaluation.amend', { evaluationId, level: 1 }, staff, rid('am')),
        'EVALUATION.NOT_FOUND',
        404,
      );
    });

    it('staff cannot evaluate their own card, nor a colleague’s card or window in their department', async () => {
      const { cardId } = await issueCard();
      await refused(call('evaluation.submit', { cardId, level: 5 }, staff, rid('ev')), 'EVALUATION.SELF', 403);
      await refused(
        call('evaluation.submit', { cardId, level: 5 }, { staff: staffB }, rid('ev')),
        'EVALUATION.SELF',
        403,
      );
      await refused(
        call('evaluation.submit', { windowId: window1.id, level: 5 }, { staff: staffB }, rid('ev')),
        'EVALUATION.SELF',
        403,
      );
      // Staff of another department are served like anyone else.
      const elsewhere = {
        ...staffB,
        id: 'STAFF00008',
        number: 'B008',
        name: '周敏',
        departmentId: 'DEPT000002',
        openid: 'openid-zhou',
      };
      await host.store.org.putStaff(elsewhere);
      await ok('evaluation.submit', { cardId, level: 4 }, { staff: elsewhere }, rid('ev'));
    });

    it('一事一评: a card takes one evaluation — its first evaluator owns it, any other identity gets 409', async () => {
      const { cardId } = await issueCard();
      const first = await ok('evaluation.submit', { cardId, level: 5 }, resident, rid('ev'));
      for (const someone of [other, { resident: 'carol' }, { resident: 'dave' }]) {
        await refused(
          call('evaluation.submit', { cardId, level: 5 }, someone, rid('ev')),
          'CARD.ALREADY_EVALUATED',
          409,
        );
      }
      // The owner may still amend, and gets 409 ALREADY_SUBMITTED for a second tap, as before.
      await ok('evaluation.amend', { evaluationId: first.evaluationId, level: 4 }, resident);
      await refused(
        call('evaluation.submit', { cardId, level: 3 }, resident, rid('ev')),
        'EVALUATION.ALREADY_SUBMITTED',
        409,
      );
    });

    it('of several identities at once on one card, exactly one is stored', async () => {
      const { cardId } = await issueCard();
      const answers = await Promise.all(
        ['p1', 'p2', 'p3', 'p4'].map((r) =>
          host.call('evaluation.submit', { cardId, level: 5 }, { resident: r }, rid('ev')),
        ),
      );
      expect(answers.filter((a) => a.body.ok)).toHaveLength(1);
      expect(answers.filter((a) => !a.body.ok).map((a) => a.body.error.code)).toEqual([
        'CARD.ALREADY_EVALUATED',
        'CARD.ALREADY_EVALUATED',
        'CARD.ALREADY_EVALUATED',
      ]);
      expect((await host.store.counts()).evaluations).toBe(1);
    });

    it('a card takes evaluations until 30 days after its due date (a setting), then 409 CARD.EVALUATION_CLOSED', async () => {
      const { cardId, dueAt } = await issueCard();
      const due = new Date(dueAt).getTime();
      host.setNow(new Date(due + 30 * 24 * 3600 * 1000 + 1000).toISOString());
      const error = await refused(
        call('evaluation.submit', { cardId, level: 5 }, resident, rid('ev')),
        'CARD.EVALUATION_CLOSED',
        409,
      );
      expect(error.message).toContain('30 天');
      await host.store.settings.put('evaluation.cardWindowDays', 60);
      await ok('evaluation.submit', { cardId, level: 5 }, resident, rid('ev'));
    });

    it('a window QR evaluation goes to the A post, or to the B backup while A is away', async () => {
      const w = await ok('window.get', { windowId: window1.id }, resident);
      expect(w).toMatchObject({
        name: window1.name,
        department: { name: dept.name },
        onDuty: { id: staffA.id },
        myEvaluation: null,
      });
      const first = await ok('evaluation.submit', { windowId: window1.id, level: 5 }, resident, rid('ev'));
      expect((await host.store.evaluations.byId(first.evaluationId))?.staffId).toBe(staffA.id);
      // One evaluation per window per day (a visit)…
      await refused(
        call('evaluation.submit', { windowId: window1.id, level: 3 }, resident, rid('ev')),
        'EVALUATION.ALREADY_SUBMITTED',
        409,
      );
      // …and A is on leave the next day, so B is on duty.
      await host.store.org.putStaff({ ...staffA, leave: [{ from: '2026-11-25', to: '2026-11-26' }] });
      host.setNow('2026-11-25T01:00:00.000Z');
      expect((await ok('window.get', { windowId: window1.id }, resident)).onDuty.id).toBe(staffB.id);
      const next = await ok('evaluation.submit', { windowId: window1.id, level: 4 }, resident, rid('ev'));
      expect((await host.store.evaluations.byId(next.evaluationId))?.staffId).toBe(staffB.id);
    });

    it('serves the organisation’s evaluation form', async () => {
      const form = await ok('evaluation.form', {}, resident);
      expect(form.levels.map((l: any) => l.label)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
      expect(form.dimensions.map((d: any) => d.key)).toContain('timeliness');
      await host.store.settings.put('evaluation.form', { reasonTags: ['排队太久'] });
      expect((await ok('evaluation.form', {}, resident)).reasonTags).toEqual(['排队太久']);
    });
  });

  describe('identity and roles', () => {
    it('auth.me tells staff from residents', async () => {
      expect((await ok('auth.me', {}, resident)).role).toBe('resident');
      const me = await ok('auth.me', {}, staff);
      expect(me).toMatchObject({
        role: 'staff',
        staff: { name: staffA.name, number: staffA.number, departmentName: dept.name },
      });
    });

    it('org.list is for admins and never carries an OPENID', async () => {
      const org = await ok('org.list', {}, admin);
      expect(org.staff.map((s: any) => s.name)).toEqual([staffA.name, staffB.name, head.name]);
      expect(org.staff.every((s: any) => s.bound === true && !('openid' in s))).toBe(true);
      expect(JSON.stringify(org)).not.toContain('openid-');
      await refused(call('org.list', {}, staff), 'AUTH.FORBIDDEN', 403);
    });
  });

  describe('bad input writes nothing', () => {
    let cardId: string;
    beforeEach(async () => {
      ({ cardId } = await issueCard());
    });

    it('unknown action', () => refused(call('card.fly', {}, resident), 'ACTION.UNKNOWN', 404));
    it('no identity', () =>
      refused(call('evaluation.submit', { cardId, level: 5 }, 'nobody', rid()), 'AUTH.REQUIRED', 401));
    it('a staff-only action as a resident', () =>
      refused(
        call('card.issue', { matter: 'x', matterType: '即办件', promisedDays: 0 }, resident, rid()),
        'AUTH.FORBIDDEN',
        403,
      ));
    it('unknown card', () =>
      refused(
        call('evaluation.submit', { cardId: 'NoSuchCard0000000000', level: 5 }, resident, rid()),
        'CARD.NOT_FOUND',
        404,
      ));
    it('unknown card on read', () =>
      refused(call('card.get', { cardId: 'NoSuchCard0000000000' }, resident), 'CARD.NOT_FOUND', 404));
    it('unknown window', () =>
      refused(call('window.get', { windowId: 'NoSuchWindow' }, resident), 'WINDOW.NOT_FOUND', 404));

    it('wrong types', async () => {
      const err = await refused(
        call('evaluation.submit', { cardId, level: '5' }, resident, rid()),
        'REQUEST.INVALID',
        400,
      );
      expect(err.issues[0].path).toBe('level');
      expect(err.issues[0].message).toMatch(/[\u4e00-\u9fa5]/);
    });
    it('a level outside 1–5', () =>
      refused(call('evaluation.submit', { cardId, level: 6 }, resident, rid()), 'REQUEST.INVALID', 400));
    it('missing fields', async () => {
      const err = await refused(call('card.issue', { matterType: '承诺件' }, staff, rid()), 'REQUEST.INVALID', 400);
      expect(err.issues.map((i: any) => i.path).sort()).toEqual(['matter', 'promisedDays']);
    });
    it('neither card nor window', () =>
      refused(call('evaluation.submit', { level: 5 }, resident, rid()), 'REQUEST.INVALID', 400));
    it('overlong comment', async () => {
      const err = await refused(
        call('evaluation.submit', { cardId, level: 5, comment: '好'.repeat(501) }, resident, rid()),
        'REQUEST.INVALID',
        400,
      );
      expect(err.issues[0].path).toBe('comment');
    });
    it('overlong matter', () =>
      refused(
        call('card.issue', { matter: '事'.repeat(101), matterType: '承诺件', promisedDays: 1 }, staff, rid()),
        'REQUEST.INVALID',
        400,
      ));
    it('an unknown field', () => refused(call('card.get', { cardId, admin: true }, resident), 'REQUEST.INVALID', 400));
    it('an unknown tag or dimension', () =>
      refused(
        call('evaluation.submit', { cardId, level: 5, tags: ['随便写的'] }, resident, rid()),
        'REQUEST.INVALID',
        400,
      ));
    it('a payload that is not an object', () => refused(call('card.get', [cardId], resident), 'REQUEST.INVALID', 400));
    it('a malformed request id', () => refused(call('card.get', { cardId }, resident, 'x'), 'REQUEST.INVALID', 400));
    it('a bad phone number', () =>
      refused(
        call(
          'card.issue',
          { matter: 'x', matterType: '即办件', promisedDays: 0, supervisionPhone: 'call me' },
          staff,
          rid(),
        ),
        'REQUEST.INVALID',
        400,
      ));
  });
}
