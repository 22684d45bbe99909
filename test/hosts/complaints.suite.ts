/**
 * Complaints through each host (see node-host.test.ts and cloudbase-host.test.ts): filing and
 * routing, what each reader sees, the state machine with its refusals, idempotency and races.
 */
import type { Staff } from '../../server/ports/store';
import { dept, dept2, head, matter1, seedOrg, staffA, staffB, window1 } from '../support/fixtures';
import { hostCalls, type As, type TestHost } from './harness';

const resident: As = { resident: 'alice' };
const other: As = { resident: 'bob' };
const staff: As = { staff: staffA };
const backup: As = { staff: staffB };
const headAs: As = { staff: head };
const outsider: Staff = {
  id: 'STAFF00009',
  number: 'B009',
  name: '陈晨',
  departmentId: dept2.id,
  role: 'staff',
  backupStaffId: null,
  leave: [],
  openid: 'openid-chen',
};

export function describeComplaints(open: () => Promise<TestHost>) {
  let host: TestHost;
  const { call, ok, refused } = hostCalls(() => host);

  const issueCard = async () =>
    (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, staff))
      .cardId as string;
  const file = async (extra: Record<string, unknown> = {}, as: As = resident, requestId?: string) =>
    ok(
      'complaint.submit',
      {
        cardId: await issueCard(),
        category: '服务态度',
        content: '窗口人员态度生硬，不解释材料要求',
        contactPhone: '13812341234',
        ...extra,
      },
      as,
      requestId,
    );

  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    await host.store.org.putStaff(outsider);
    host.setNow('2026-11-24T02:00:00.000Z'); // Tuesday 10:00 in Shanghai
  });
  afterEach(async () => {
    await host.close();
  });

  describe('filing', () => {
    it('a complaint from a card goes to the head of the card staff’s department — never to the staff — due by the end of the 7th day in Shanghai', async () => {
      const out = await file();
      expect(out).toEqual({
        complaintId: expect.stringMatching(/^[0-9A-Za-z]{20}$/),
        trackingNo: expect.stringMatching(/^TS261124-[2-9A-Z]{4}$/),
        replyDueAt: '2026-12-01T15:59:59.999Z',
        assignee: { staffId: head.id, name: head.name },
        handledBy: `${dept.name} 负责人`,
      });
      // The person complained about: nothing in their inbox, the case does not exist for them.
      expect((await ok('complaint.inbox', {}, staff)).complaints).toEqual([]);
      await refused(call('complaint.get', { complaintId: out.complaintId }, staff), 'COMPLAINT.NOT_FOUND', 404);
      await refused(
        call('complaint.reply', { complaintId: out.complaintId, content: '我来答复这条投诉' }, staff),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      await refused(
        call('complaint.transfer', { complaintId: out.complaintId, toStaffId: staffB.id, reason: '我想转走' }, staff),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      await refused(call('complaint.revealPhone', { complaintId: out.complaintId }, staff), 'COMPLAINT.NOT_FOUND', 404);
      const own = await ok('complaint.get', { complaintId: out.complaintId }, resident);
      expect(own.handledBy).toBe(`${dept.name} 负责人`);
      expect(own.timeline.map((t: any) => t.text)).toEqual(['您提交了投诉', `已交由 ${dept.name} 负责人 办理`]);
      const mine = await ok('complaint.mine', {}, resident);
      expect(mine.complaints).toEqual([
        expect.objectContaining({
          complaintId: out.complaintId,
          status: 'pending',
          statusLabel: '待回复',
          overdue: false,
          category: '服务态度',
        }),
      ]);
      expect((await ok('complaint.mine', {}, other)).complaints).toEqual([]);
    });

    it('a repeat with the same requestId files nothing new and answers the same', async () => {
      const cardId = await issueCard();
      const payload = { cardId, category: '办事效率', content: '承诺五天办结，已经过了两周' };
      const first = await ok('complaint.submit', payload, resident, 'cmpl-retry-0001');
      const before = await host.store.counts();
      expect(await ok('complaint.submit', payload, resident, 'cmpl-retry-0001')).toEqual(first);
      expect(await host.store.counts()).toEqual(before);
      await refused(
        call('complaint.submit', { ...payload, content: '换了内容但用同一个请求编号' }, resident, 'cmpl-retry-0001'),
        'REQUEST.KEY_REUSED',
        409,
      );
    });

    it('a resident cannot flood: the 6th complaint within the hour gets 429 and writes nothing; the next hour it goes in', async () => {
      for (let i = 0; i < 4; i++) await file({}, resident);
      const cardId = await issueCard();
      const fifth = { cardId, category: '服务态度', content: '第五条投诉' };
      const answered = await ok('complaint.submit', fifth, resident, 'cmpl-fifth-0001');
      const payload = { cardId, category: '服务态度', content: '第六条投诉' };
      // Over the limit is one more hit, on purpose: the refusal itself counts.
      const error = await refused(call('complaint.submit', payload, resident), 'RATE.LIMITED', 429, {
        countsRate: true,
      });
      // The answer to the 5th got lost and the phone retries it: over the limit, but a retry adds
      // nothing, so it gets its first answer (and still writes nothing).
      const before = await host.store.counts();
      expect(await ok('complaint.submit', fifth, resident, 'cmpl-fifth-0001')).toEqual(answered);
      expect(await host.store.counts()).toEqual(before);
      expect(error.message).toBe('提交过于频繁，请 1 小时后再试');
      expect(error.retryAfter).toBe(3600); // 10:00 sharp: the whole hour's window is left
      // Another resident is not affected by alice's count.
      await ok('complaint.submit', payload, other);
      host.setNow('2026-11-24T03:00:00.000Z');
      await ok('complaint.submit', payload, resident);
    });

    it('a complaint refused (an unknown card, a bad photo id) leaves the resident’s allowance as it was', async () => {
      const unknown = { cardId: 'CARDNOSUCH000000001', category: '服务态度', content: '窗口人员态度生硬' };
      for (let i = 0; i < 6; i++) await refused(call('complaint.submit', unknown, resident), 'CARD.NOT_FOUND', 404);
      // All five of the hour's complaints still go in.
      for (let i = 0; i < 5; i++) await file({}, resident);
    });

    it('a window complaint goes to the head; while the head is away, to the head’s B post — never the staff on duty', async () => {
      const a = await ok(
        'complaint.submit',
        { windowId: window1.id, category: '服务态度', content: '窗口长时间无人' },
        resident,
      );
      expect(a.assignee).toEqual({ staffId: head.id, name: head.name });
      await host.store.org.putStaff({
        ...head,
        backupStaffId: staffB.id,
        leave: [{ from: '2026-11-24', to: '2026-11-30' }],
      });
      const b = await ok(
        'complaint.submit',
        { windowId: window1.id, category: '服务态度', content: '窗口长时间无人' },
        other,
      );
      expect(b).toMatchObject({
        assignee: { staffId: staffB.id, name: staffB.name },
        handledBy: `${dept.name} 负责人（B岗代办）`,
      });
      const seen = await ok('complaint.get', { complaintId: b.complaintId }, backup);
      expect(seen.timeline.map((t: any) => t.text)).toContain(`${head.name}休假，交由 ${staffB.name} 办理`);
      const asResident = await ok('complaint.get', { complaintId: b.complaintId }, other);
      expect(asResident.timeline.map((t: any) => t.text)).toEqual([
        '您提交了投诉',
        `已交由 ${dept.name} 负责人（B岗代办） 办理`,
      ]);
      // While 李强 (the B post) is the one on duty, a complaint about him skips him too: the office queue.
      await host.store.org.putStaff({ ...staffA, leave: [{ from: '2026-11-24', to: '2026-11-30' }] });
      const c = await ok(
        'complaint.submit',
        { windowId: window1.id, category: '服务态度', content: '李强值班时态度不好' },
        { resident: 'carol' },
      );
      expect(c).toMatchObject({ assignee: null, handledBy: '评议办' });
      const asOffice = await ok('complaint.get', { complaintId: c.complaintId }, headAs);
      expect(asOffice.timeline.map((t: any) => t.text)).toContain(
        `${head.name}休假，${staffB.name}为被投诉人，交由评议办办理`,
      );
    });

    it('a complaint about a head, and every 廉洁问题, goes to the office queue, not to the head', async () => {
      const headOf2: Staff = { ...outsider, id: 'STAFF00010', number: 'B010', name: '赵静', openid: 'openid-zhao' };
      await host.store.org.putStaff(headOf2);
      await host.store.org.putDepartment({ ...dept2, headStaffId: headOf2.id });
      // A 廉洁问题 about 王丽: the office, whoever heads her department.
      const integrity = await file({ category: '廉洁问题', content: '窗口人员暗示要好处费才能加快' });
      expect(integrity).toMatchObject({ assignee: null, handledBy: '评议办' });
      expect(
        (await ok('complaint.get', { complaintId: integrity.complaintId }, headAs)).timeline.map((t: any) => t.text),
      ).toContain('廉洁问题，交由评议办办理');
      // About 社保服务科's head (a department complaint names nobody; a window complaint names the staff on duty).
      const win2 = {
        ...window1,
        id: 'WIN0000002',
        name: '5号窗口',
        departmentId: dept2.id,
        aStaffId: headOf2.id,
        bStaffId: null,
      };
      await host.store.org.putWindow(win2);
      const aboutHead = await ok(
        'complaint.submit',
        { windowId: win2.id, category: '服务态度', content: '科长在窗口态度很差' },
        resident,
      );
      expect(aboutHead).toMatchObject({ assignee: null, handledBy: '评议办' });
      // The head sees neither in their inbox, and cannot open them.
      expect((await ok('complaint.inbox', {}, { staff: headOf2 })).complaints).toEqual([]);
      await refused(
        call('complaint.get', { complaintId: aboutHead.complaintId }, { staff: headOf2 }),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      // The office handles them: reply, and the phone for the handler.
      expect((await ok('complaint.inbox', {}, headAs)).complaints.map((c: any) => c.complaintId)).toEqual(
        expect.arrayContaining([integrity.complaintId, aboutHead.complaintId]),
      );
    });

    it('a department complaint goes to its head; without a head, to the office queue', async () => {
      expect(
        (
          await ok(
            'complaint.submit',
            { departmentId: dept.id, category: '其他', content: '大厅排队叫号混乱' },
            resident,
          )
        ).assignee,
      ).toEqual({ staffId: head.id, name: head.name });
      const queued = await ok(
        'complaint.submit',
        { departmentId: dept2.id, category: '其他', content: '社保窗口中午不开放' },
        resident,
      );
      expect(queued.assignee).toBeNull();
      const inbox = await ok('complaint.inbox', {}, headAs); // head is also a supervisor (admin)
      expect(inbox.complaints.map((c: any) => c.complaintId)).toContain(queued.complaintId);
    });

    it('carries cloud-storage photos (WeChat) to the case’s readers; an unknown upload id is refused', async () => {
      const photo = 'cloud://env-1.abcd/complaints/2026/a1.jpg';
      const { complaintId } = await file({ photos: [photo] });
      expect((await ok('complaint.get', { complaintId }, headAs)).photos).toEqual([{ fileId: photo, url: photo }]);
      await refused(
        call(
          'complaint.submit',
          {
            departmentId: dept.id,
            category: '其他',
            content: '附一张不存在的照片',
            photos: ['f_AAAAAAAAAAAAAAAAAAAA'],
          },
          resident,
        ),
        'REQUEST.INVALID',
        400,
      );
      await refused(
        call(
          'complaint.submit',
          {
            departmentId: dept.id,
            category: '其他',
            content: '附一个别处的文件',
            photos: ['cloud://env-1.abcd/secrets/key.txt'],
          },
          resident,
        ),
        'REQUEST.INVALID',
        400,
      );
    });

    it('a 差评 becomes a follow-up case for the head of the rated staff’s department', async () => {
      const cardId = await issueCard();
      const ev = await ok('evaluation.submit', { cardId, level: 2 }, resident);
      const out = await ok(
        'complaint.submit',
        {
          evaluationId: ev.evaluationId,
          category: '服务态度',
          content: '评价不满意，希望回电说明',
          contactPhone: '13900001111',
        },
        resident,
      );
      expect(out.assignee).toEqual({ staffId: head.id, name: head.name });
      const good = await ok('evaluation.submit', { cardId: await issueCard(), level: 5 }, other);
      await refused(
        call(
          'complaint.submit',
          { evaluationId: good.evaluationId, category: '其他', content: '好评也想投诉一下' },
          other,
        ),
        'COMPLAINT.NOT_A_BAD_REVIEW',
        409,
      );
      await refused(
        call(
          'complaint.submit',
          { evaluationId: ev.evaluationId, category: '其他', content: '别人的评价不能用' },
          other,
        ),
        'EVALUATION.NOT_FOUND',
        404,
      );
    });
  });

  describe('who sees what', () => {
    it('the handler sees the case without the complainant: phone masked, identity nowhere', async () => {
      const { complaintId } = await file();
      const seen = await ok('complaint.get', { complaintId }, headAs);
      expect(seen).toMatchObject({
        contactPhone: '138****1234',
        anonymous: false,
        can: { reply: true, transfer: true, reject: true, rate: false, revealPhone: true },
      });
      const own = await ok('complaint.get', { complaintId }, resident);
      expect(own).toMatchObject({ contactPhone: '13812341234', can: { reply: false, rate: false } });
      const row = await host.store.complaints.byId(complaintId);
      expect(JSON.stringify(seen)).not.toContain(row!.subjectHash);
      expect(JSON.stringify(await ok('complaint.inbox', {}, headAs))).not.toMatch(/13812341234|subjectHash/);
      // Nothing in the timeline names the complainant: not the OPENID or device id, not even its hash.
      const events = await host.store.complaints.timeline(complaintId);
      expect(JSON.stringify(events)).not.toMatch(/alice|wx:|guest:/);
    });

    it('an anonymous complaint shows no phone to any staff, and it cannot be revealed', async () => {
      const { complaintId } = await file({ anonymous: true });
      for (const as of [headAs]) {
        const seen = await ok('complaint.get', { complaintId }, as);
        expect(seen.contactPhone).toBeNull();
        expect(JSON.stringify(seen)).not.toMatch(/1234/);
      }
      await refused(call('complaint.revealPhone', { complaintId }, headAs), 'COMPLAINT.NO_PHONE', 409);
      expect((await ok('complaint.get', { complaintId }, resident)).contactPhone).toBe('13812341234');
    });

    it('only the handler may reveal the number (logged where staff see it, not the complainant); anyone else gets 403', async () => {
      const { complaintId } = await file();
      await ok('complaint.transfer', { complaintId, toStaffId: staffB.id, reason: '属于李强负责的业务' }, headAs);
      // The head now supervises (reads) but does not handle: no phone.
      expect((await ok('complaint.get', { complaintId }, headAs)).can.revealPhone).toBe(false);
      await refused(call('complaint.revealPhone', { complaintId }, headAs), 'AUTH.FORBIDDEN', 403);
      expect(await ok('complaint.revealPhone', { complaintId }, backup)).toEqual({ contactPhone: '13812341234' });
      const asHead = await ok('complaint.get', { complaintId }, headAs);
      expect(asHead.timeline.map((t: any) => t.text)).toContain(`${staffB.name} 查看了联系电话`);
      const asResident = await ok('complaint.get', { complaintId }, resident);
      expect(asResident.timeline.some((t: any) => t.kind === 'phoneRevealed')).toBe(false);
    });

    it('the handler may ask the person complained about for a statement: they read what was said, never who said it, and answer', async () => {
      const photo = 'cloud://env-1.abcd/complaints/2026/a1.jpg';
      const { complaintId, trackingNo } = await file({ photos: [photo] });
      await refused(
        call('complaint.giveStatement', { complaintId, content: '我想先说明一下情况' }, staff),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      await refused(call('complaint.askStatement', { complaintId }, backup), 'COMPLAINT.NOT_FOUND', 404);
      const asked = await ok('complaint.askStatement', { complaintId }, headAs);
      expect(asked.timeline.at(-1).text).toBe(`${head.name} 请 ${staffA.name} 说明情况`);
      const [told] = (await host.store.outbox.byComplaint(complaintId)).filter((i) => i.kind === 'case.statement');
      expect(told).toMatchObject({
        recipient: { staffId: staffA.id },
        payload: { title: '请就一件投诉说明情况', fields: { trackingNo: '' } },
      });
      expect(JSON.stringify(told)).not.toContain(trackingNo);

      const seen = await ok('complaint.get', { complaintId }, staff);
      expect(seen).toMatchObject({
        content: '窗口人员态度生硬，不解释材料要求',
        contactPhone: null,
        photos: [],
        trackingNo: '',
        can: { giveStatement: true, reply: false, transfer: false, revealPhone: false, askStatement: false },
      });
      expect(JSON.stringify(seen)).not.toMatch(new RegExp(`${trackingNo}|1234|cloud://|群众提交投诉|subjectHash`));
      await refused(
        call('complaint.reply', { complaintId, content: '我自己答复一下这件事' }, staff),
        'AUTH.FORBIDDEN',
        403,
      );
      await refused(call('complaint.revealPhone', { complaintId }, staff), 'AUTH.FORBIDDEN', 403);
      expect((await ok('complaint.inbox', {}, staff)).complaints).toEqual([]);

      await ok(
        'complaint.giveStatement',
        { complaintId, content: '当天材料清单刚更新，我解释得不够清楚，已改进' },
        staff,
      );
      const handler = await ok('complaint.get', { complaintId }, headAs);
      expect(handler.timeline.map((t: any) => t.text)).toContain(
        `${staffA.name} 的情况说明：当天材料清单刚更新，我解释得不够清楚，已改进`,
      );
      const own = await ok('complaint.get', { complaintId }, resident);
      expect(own.timeline.some((t: any) => t.kind.startsWith('statement'))).toBe(false);
      // Once the case is answered, no more statements.
      await ok('complaint.reply', { complaintId, content: '已核实，向您致歉并改进材料说明' }, headAs);
      await refused(
        call('complaint.giveStatement', { complaintId, content: '再补充一点情况说明' }, staff),
        'COMPLAINT.ILLEGAL_TRANSITION',
        409,
      );
    });

    it('another resident, and staff of another department, are told the case does not exist', async () => {
      const { complaintId } = await file();
      await refused(call('complaint.get', { complaintId }, other), 'COMPLAINT.NOT_FOUND', 404);
      await refused(call('complaint.get', { complaintId }, { staff: outsider }), 'COMPLAINT.NOT_FOUND', 404);
      await refused(
        call('complaint.reply', { complaintId, content: '与我无关的答复内容' }, { staff: outsider }),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      expect((await ok('complaint.inbox', {}, { staff: outsider })).complaints).toEqual([]);
    });
  });

  describe('handling', () => {
    it('reply → the resident rates 不满意 → reopened one level up (the office queue) with a fresh deadline', async () => {
      const { complaintId } = await file();
      await ok('complaint.transfer', { complaintId, toStaffId: staffB.id, reason: '属于李强负责的业务' }, headAs);
      host.setNow('2026-11-26T02:00:00.000Z');
      const replied = await ok('complaint.reply', { complaintId, content: '已核实，向您致歉并加强培训' }, backup);
      expect(replied).toMatchObject({
        status: 'replied',
        reply: { content: '已核实，向您致歉并加强培训', by: staffB.name },
      });
      const seen = await ok('complaint.get', { complaintId }, resident);
      expect(seen.can.rate).toBe(true);
      host.setNow('2026-11-27T02:00:00.000Z');
      const reopened = await ok(
        'complaint.rate',
        { complaintId, rating: 'unsatisfied', comment: '没有解决问题' },
        resident,
      );
      expect(reopened).toMatchObject({
        status: 'pending',
        reopenCount: 1,
        assignee: null,
        handledBy: '评议办',
        replyDueAt: '2026-12-04T15:59:59.999Z',
      });
      expect(reopened.timeline.map((t: any) => t.kind)).toEqual([
        'filed',
        'routed',
        'transferred',
        'replied',
        'rated',
        'reopened',
      ]);
      // The department's handler no longer handles it; the office (admins) does.
      await refused(call('complaint.reply', { complaintId, content: '再答复一次试试' }, backup), 'AUTH.FORBIDDEN', 403);
      const officeInbox = await ok('complaint.inbox', {}, headAs);
      expect(officeInbox.complaints.map((c: any) => c.complaintId)).toContain(complaintId);
    });

    it('an office case rated 不满意 stays with the office, for another admin than the one who replied', async () => {
      const second: Staff = {
        ...outsider,
        id: 'STAFF00011',
        number: 'Z002',
        name: '刘洋',
        role: 'admin',
        openid: 'openid-liu',
      };
      await host.store.org.putStaff(second);
      const { complaintId } = await file({ category: '廉洁问题', content: '窗口人员收受购物卡' });
      await ok('complaint.reply', { complaintId, content: '已移交纪检组核查，核查结果将告知您' }, headAs);
      const reopened = await ok('complaint.rate', { complaintId, rating: 'unsatisfied' }, resident);
      expect(reopened).toMatchObject({ status: 'pending', assignee: null, handledBy: '评议办' });
      await refused(
        call('complaint.reply', { complaintId, content: '我再答复一次这条' }, headAs),
        'AUTH.FORBIDDEN',
        403,
      );
      await ok('complaint.reply', { complaintId, content: '纪检组已核实，已严肃处理' }, { staff: second });
    });

    it('满意 closes the case; rating again is refused as an illegal transition', async () => {
      const { complaintId } = await file();
      await ok('complaint.reply', { complaintId, content: '已重新说明所需材料' }, headAs);
      const closed = await ok('complaint.rate', { complaintId, rating: 'satisfied' }, resident);
      expect(closed).toMatchObject({
        status: 'closed',
        statusLabel: '已办结',
        rating: { rating: 'satisfied', label: '满意' },
      });
      await refused(
        call('complaint.rate', { complaintId, rating: 'basic' }, resident),
        'COMPLAINT.ILLEGAL_TRANSITION',
        409,
      );
      await refused(
        call('complaint.reply', { complaintId, content: '再补充一次答复' }, headAs),
        'COMPLAINT.ILLEGAL_TRANSITION',
        409,
      );
    });

    it('transfer keeps the deadline (首问负责) and needs a reason; the new handler has it', async () => {
      const { complaintId, replyDueAt } = await file();
      // Never to the person complained about.
      await refused(
        call('complaint.transfer', { complaintId, toStaffId: staffA.id, reason: '让她自己处理' }, headAs),
        'COMPLAINT.TO_SUBJECT',
        409,
      );
      const moved = await ok(
        'complaint.transfer',
        { complaintId, toStaffId: staffB.id, reason: '属于李强负责的业务' },
        headAs,
      );
      expect(moved).toMatchObject({ assignee: { staffId: staffB.id }, replyDueAt });
      expect((await ok('complaint.inbox', {}, backup)).complaints.map((c: any) => c.complaintId)).toEqual([
        complaintId,
      ]);
      // Passed on by 李强 to a colleague outside: 李强 may still read the case (首问负责) but no longer act on it.
      await ok('complaint.transfer', { complaintId, toStaffId: outsider.id, reason: '属于社保服务科的业务' }, backup);
      expect((await ok('complaint.get', { complaintId }, backup)).can).toMatchObject({ reply: false, transfer: false });
      await refused(
        call('complaint.reply', { complaintId, content: '转出后不能再答复' }, backup),
        'AUTH.FORBIDDEN',
        403,
      );
      expect((await ok('complaint.get', { complaintId }, resident)).timeline.at(-1).text).toBe(
        `已转交 ${outsider.name} 办理`,
      );
      await refused(
        call('complaint.transfer', { complaintId, toStaffId: staffB.id, reason: '' }, { staff: outsider }),
        'REQUEST.INVALID',
        400,
      );
      await refused(
        call(
          'complaint.transfer',
          { complaintId, toStaffId: 'NoSuchStaff01', reason: '转给不存在的人' },
          { staff: outsider },
        ),
        'STAFF.NOT_FOUND',
        404,
      );
    });

    it('only the office may decline, with a reason the complainant sees; a head gets 403; the complainant may contest once within 15 days', async () => {
      const headOf2: Staff = { ...outsider, id: 'STAFF00010', number: 'B010', name: '赵静', openid: 'openid-zhao' };
      await host.store.org.putStaff(headOf2);
      await host.store.org.putDepartment({ ...dept2, headStaffId: headOf2.id });
      const { complaintId } = await ok(
        'complaint.submit',
        { departmentId: dept2.id, category: '其他', content: '社保窗口中午不开放' },
        resident,
      );
      await refused(
        call('complaint.reject', { complaintId, reason: '不属于本部门职责范围' }, { staff: headOf2 }),
        'AUTH.FORBIDDEN',
        403,
      );
      await refused(
        call('complaint.reject', { complaintId, reason: '不属于本部门职责范围' }, staff),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      await ok('complaint.reject', { complaintId, reason: '不属于本部门职责范围，请向市医保局反映' }, headAs);
      const seen = await ok('complaint.get', { complaintId }, resident);
      expect(seen).toMatchObject({
        status: 'rejected',
        statusLabel: '不予受理',
        rejectReason: '不属于本部门职责范围，请向市医保局反映',
        can: { requestReview: true },
      });
      // The head still sees what their department's case came to.
      expect((await ok('complaint.get', { complaintId }, { staff: headOf2 })).status).toBe('rejected');
      await refused(
        call('complaint.requestReview', { complaintId, reason: '这就是窗口的问题' }, other),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      host.setNow('2026-12-05T02:00:00.000Z');
      const reviewed = await ok(
        'complaint.requestReview',
        { complaintId, reason: '窗口就在社保大厅，理应受理' },
        resident,
      );
      expect(reviewed).toMatchObject({
        status: 'pending',
        assignee: null,
        handledBy: '评议办',
        replyDueAt: '2026-12-12T15:59:59.999Z',
        can: { requestReview: false },
      });
      expect(reviewed.timeline.at(-1).text).toBe(
        '您对不予受理申请复核：窗口就在社保大厅，理应受理，交由评议办复核，答复期限 2026-12-12 23:59',
      );
      // Once only.
      await ok('complaint.reject', { complaintId, reason: '复核后仍不属于本单位职责' }, headAs);
      await refused(
        call('complaint.requestReview', { complaintId, reason: '我还是不服这个决定' }, resident),
        'COMPLAINT.REVIEW_CLOSED',
        409,
      );
    });

    it('a decline can be contested only within 15 days', async () => {
      const { complaintId } = await file();
      await ok('complaint.reject', { complaintId, reason: '重复投诉，已于上周答复' }, headAs);
      host.setNow('2026-12-10T02:00:00.000Z');
      await refused(
        call('complaint.requestReview', { complaintId, reason: '那次答复我也不满意' }, resident),
        'COMPLAINT.REVIEW_CLOSED',
        409,
      );
    });

    it('two replies at once: exactly one wins, the other gets 409 ILLEGAL_TRANSITION on every store', async () => {
      const { complaintId } = await file();
      await ok('complaint.transfer', { complaintId, toStaffId: staffB.id, reason: '属于李强负责的业务' }, headAs);
      const results = await Promise.all([
        call('complaint.reply', { complaintId, content: '李强的答复内容' }, backup),
        call('complaint.reply', { complaintId, content: '张敏的答复内容' }, headAs),
      ]);
      expect(results.filter((r) => r.body.ok)).toHaveLength(1);
      const loser = results.find((r) => !r.body.ok)!;
      // Judged again on the state that won (app/complaint-flow.ts runCommand), whatever the store's timing.
      expect(loser.body.error.code).toBe('COMPLAINT.ILLEGAL_TRANSITION');
      if (loser.status !== undefined) expect(loser.status).toBe(409);
      const events = await host.store.complaints.timeline(complaintId);
      expect(events.filter((e) => e.kind === 'replied')).toHaveLength(1);
    });

    it('a retried reply (same requestId) answers the same and changes nothing', async () => {
      const { complaintId } = await file();
      const first = await ok('complaint.reply', { complaintId, content: '已处理完毕' }, headAs, 'reply-retry-0001');
      const before = await host.store.counts();
      expect(await ok('complaint.reply', { complaintId, content: '已处理完毕' }, headAs, 'reply-retry-0001')).toEqual(
        first,
      );
      expect(await host.store.counts()).toEqual(before);
    });

    it('the inbox sorts cases into 待回复, 即将到期, 已逾期 and 已回复', async () => {
      const a = await file();
      host.setNow('2026-11-28T02:00:00.000Z');
      const b = await file({}, other);
      host.setNow('2026-11-30T02:00:00.000Z'); // a is due 12-01 (soon), b 12-05
      const inbox = await ok('complaint.inbox', { tab: 'dueSoon' }, headAs);
      expect(inbox.counts).toEqual({ pending: 2, dueSoon: 1, overdue: 0, replied: 0 });
      expect(inbox.complaints.map((c: any) => c.complaintId)).toEqual([a.complaintId]);
      host.setNow('2026-12-02T02:00:00.000Z');
      const late = await ok('complaint.inbox', { tab: 'overdue' }, headAs);
      expect(late.complaints).toEqual([expect.objectContaining({ complaintId: a.complaintId, overdue: true })]);
      await ok('complaint.reply', { complaintId: b.complaintId, content: '已电话联系说明' }, headAs);
      expect(
        (await ok('complaint.inbox', { tab: 'replied' }, headAs)).complaints.map((c: any) => c.complaintId),
      ).toEqual([b.complaintId]);
      // The staff member they are about sees none of them, in any tab.
      expect((await ok('complaint.inbox', {}, staff)).counts).toEqual({
        pending: 0,
        dueSoon: 0,
        overdue: 0,
        replied: 0,
      });
    });

    it('the inbox pages by deadline with a cursor; a new case after 1,000 closed ones is on the first page', async () => {
      // Written through the store (a thousand filings through the host would take minutes).
      const base = (await host.store.complaints.byId((await file()).complaintId))!;
      for (let i = 0; i < 1000; i++) {
        await host.store.complaints.create(
          {
            ...base,
            id: `CMPLOLD${String(i).padStart(8, '0')}`,
            trackingNo: `TS2611OL-${String(i).padStart(4, '0')}`,
            requestId: `old-${i}-xxxx`,
            status: 'closed',
            closedAt: new Date('2026-11-02T00:00:00.000Z'),
            replyDueAt: new Date('2026-11-01T15:59:59.999Z'),
            nextSweepAt: null,
          },
          [],
          [],
        );
      }
      for (let i = 0; i < 54; i++) {
        await host.store.complaints.create(
          {
            ...base,
            id: `CMPLOPEN${String(i).padStart(7, '0')}`,
            trackingNo: `TS2611OP-${String(i).padStart(4, '0')}`,
            requestId: `open-${i}-xxxx`,
            replyDueAt: new Date(Date.UTC(2026, 11, 1, 15, 59, 59, 999) + (i + 1) * 60_000),
          },
          [],
          [],
        );
      }
      host.setNow('2026-11-24T03:00:00.000Z');
      const fresh = await file({}, other);
      const first = await ok('complaint.inbox', {}, headAs);
      expect(first.counts).toEqual({ pending: 56, dueSoon: 0, overdue: 0, replied: 1000 });
      expect(first.complaints).toHaveLength(50);
      // Both due at the end of 12-01 (ties are ordered by id): ahead of the 54 due later.
      expect(
        first.complaints
          .slice(0, 2)
          .map((c: any) => c.complaintId)
          .sort(),
      ).toEqual([base.id, fresh.complaintId].sort());
      const second = await ok('complaint.inbox', { cursor: first.next }, headAs);
      expect(second.complaints).toHaveLength(6);
      expect(second.next).toBeNull();
      const all = [...first.complaints, ...second.complaints].map((c: any) => c.complaintId);
      expect(new Set(all).size).toBe(56);
      await refused(call('complaint.inbox', { cursor: 'not-a-cursor' }, headAs), 'REQUEST.INVALID', 400);
    }, 120_000);
  });

  describe('directories', () => {
    it('residents list departments to complain about; staff list colleagues to transfer to, with nothing personal', async () => {
      const { departments } = await ok('org.departments', {}, resident);
      expect(departments.map((d: any) => d.name).sort()).toEqual([dept.name, dept2.name].sort());
      const { staff: people } = await ok('org.staffDirectory', {}, staff);
      expect(people.find((p: any) => p.id === staffB.id)).toEqual({
        id: staffB.id,
        name: staffB.name,
        number: staffB.number,
        departmentId: dept.id,
        departmentName: dept.name,
      });
      expect(JSON.stringify(people)).not.toMatch(/openid|leave/);
      await refused(call('org.staffDirectory', {}, resident), 'AUTH.FORBIDDEN', 403);
    });
  });

  describe('statistics (stats.overview)', () => {
    const month = { from: '2026-11-01', to: '2026-11-30' };
    // 一事一评: one card per evaluation.
    const evaluate = async (n: number, level: number, offset = 0) => {
      const reason = level <= 2 ? { comment: '等候时间太长' } : {};
      for (let i = 0; i < n; i++)
        await ok(
          'evaluation.submit',
          { cardId: await issueCard(), level, dimensions: { attitude: level }, ...reason },
          { resident: `r${offset + i}` },
        );
    };

    it('the office sees every figure; staff see their own, withheld below 5 evaluations', async () => {
      await evaluate(3, 5);
      await evaluate(1, 2, 3);
      const office = await ok('stats.overview', month, headAs);
      expect(office).toMatchObject({
        evaluations: 4,
        satisfactionRate: 0.75,
        badRate: 0.25,
        levels: { '5': 3, '2': 1, '1': 0 },
        dimensions: { attitude: 4.25 },
        suppressed: {},
      });
      const own = await ok('stats.overview', month, staff);
      expect(own).toMatchObject({
        scope: { staffId: staffA.id },
        evaluations: 4,
        satisfactionRate: null,
        levels: null,
        dimensions: null,
      });
      expect(own.suppressed.satisfactionRate).toBe('样本不足（少于 5 条）');
      await evaluate(1, 4, 10);
      const enough = await ok('stats.overview', month, staff);
      expect(enough).toMatchObject({ evaluations: 5, satisfactionRate: 0.8, badRate: 0.2, suppressed: {} });
      expect(JSON.stringify(enough)).not.toMatch(/subj|r1|openid/);
    });

    it('counts complaints: on-time replies, overdue now, reopens', async () => {
      const a = await file();
      await file({}, other);
      host.setNow('2026-11-26T02:00:00.000Z');
      await ok('complaint.reply', { complaintId: a.complaintId, content: '已核实并致歉' }, headAs);
      await ok('complaint.rate', { complaintId: a.complaintId, rating: 'unsatisfied' }, resident);
      host.setNow('2026-12-03T02:00:00.000Z'); // b is past its deadline, unanswered
      const out = await ok('stats.overview', month, headAs);
      expect(out.complaints).toMatchObject({
        count: 2,
        onTimeRate: 0.5,
        overdueNow: 1,
        reopenRate: 1,
        ratings: { satisfied: 0, basic: 0, unsatisfied: 1 },
      });
      // One reply: filed 11-24 10:00 Shanghai, answered 11-26 10:00.
      expect(out.complaints.avgReplyHours).toBe(48);
      expect(out.complaints.p90ReplyHours).toBe(48);
      expect(out.complaints.categories).toEqual([{ name: '服务态度', count: 2 }]);
    });

    it('a head sees their own department only; staff cannot look at the department', async () => {
      await host.store.org.putDepartment({ ...dept2, headStaffId: outsider.id });
      expect((await ok('stats.overview', month, { staff: outsider })).scope).toEqual({ departmentId: dept2.id });
      await refused(
        call('stats.overview', { ...month, departmentId: dept.id }, { staff: outsider }),
        'STATS.FORBIDDEN_SCOPE',
        403,
      );
      await refused(call('stats.overview', { ...month, departmentId: dept.id }, staff), 'STATS.FORBIDDEN_SCOPE', 403);
      await refused(call('stats.overview', { ...month, staffId: staffB.id }, staff), 'STATS.FORBIDDEN_SCOPE', 403);
      await refused(call('stats.overview', month, resident), 'AUTH.FORBIDDEN', 403);
    });

    it('public results: off until the office switches them on; then department figures only, for anyone', async () => {
      await refused(call('stats.public', {}, 'nobody'), 'RESULTS.NOT_PUBLISHED', 404);
      await refused(call('stats.publish', { enabled: true }, staff), 'AUTH.FORBIDDEN', 403);
      await evaluate(5, 5);
      await ok('stats.publish', { enabled: true }, headAs);
      const out = await ok('stats.public', {}, 'nobody');
      expect(out.month).toBe('2026-11');
      const row = (id: string) => out.departments.find((d: any) => d.id === id);
      expect(row(dept.id)).toEqual({
        id: dept.id,
        name: dept.name,
        evaluations: 5,
        satisfactionRate: 1,
        complaints: 0,
        onTimeRate: null,
      });
      expect(row(dept2.id)).toMatchObject({ evaluations: 0, satisfactionRate: null });
      expect(JSON.stringify(out)).not.toMatch(/STAFF|staffId|王丽/);
      expect(
        (await ok('stats.public', { month: '2026-10' }, 'nobody')).departments.every((d: any) => d.evaluations === 0),
      ).toBe(true);
      await ok('stats.publish', { enabled: false }, headAs);
      await refused(call('stats.public', {}, resident), 'RESULTS.NOT_PUBLISHED', 404);
    });

    it('ranks departments for the office; a head ranks their own staff; staff cannot rank', async () => {
      await evaluate(5, 5);
      const depts = await ok('stats.rankings', { ...month, by: 'department' }, headAs);
      expect(depts.rows[0]).toEqual({
        id: dept.id,
        name: dept.name,
        evaluations: 5,
        satisfactionRate: 1,
        badRate: 0,
        rank: 1,
      });
      expect(depts.rows.find((r: any) => r.id === dept2.id)).toMatchObject({ evaluations: 0, rank: null });
      const people = await ok('stats.rankings', { ...month, by: 'staff', departmentId: dept.id }, headAs);
      expect(people.rows.map((r: any) => r.rank)).toEqual([1, null, null]);
      await host.store.org.putDepartment({ ...dept2, headStaffId: outsider.id });
      expect(
        (await ok('stats.rankings', { ...month, by: 'staff' }, { staff: outsider })).rows.map((r: any) => r.id),
      ).toEqual([outsider.id]);
      await refused(
        call('stats.rankings', { ...month, by: 'department' }, { staff: outsider }),
        'STATS.FORBIDDEN_SCOPE',
        403,
      );
      await refused(call('stats.rankings', { ...month, by: 'staff' }, staff), 'STATS.FORBIDDEN_SCOPE', 403);
    });

    it('trends by week and month, with the same scopes and the same withholding', async () => {
      await evaluate(5, 5);
      const weeks = await ok('stats.trend', { ...month, by: 'week' }, headAs);
      expect(weeks.buckets[0]).toMatchObject({ from: '2026-11-01', to: '2026-11-01' }); // a Sunday
      expect(weeks.buckets.reduce((n: number, b: any) => n + b.evaluations, 0)).toBe(5);
      const months = await ok('stats.trend', { from: '2026-10-01', to: '2026-11-30', by: 'month' }, headAs);
      expect(months.buckets).toEqual([
        { from: '2026-10-01', to: '2026-10-31', evaluations: 0, satisfactionRate: null, badRate: null },
        { from: '2026-11-01', to: '2026-11-30', evaluations: 5, satisfactionRate: 1, badRate: 0 },
      ]);
      expect((await ok('stats.trend', { ...month, by: 'month' }, staff)).scope).toEqual({ staffId: staffA.id });
      await refused(
        call('stats.trend', { ...month, by: 'month', departmentId: dept.id }, staff),
        'STATS.FORBIDDEN_SCOPE',
        403,
      );
      await refused(call('stats.trend', { ...month, by: 'day' }, headAs), 'REQUEST.INVALID', 400);
    });

    it('scopes figures to a matter (办事事项): its cards’ evaluations and complaints; a head only for their department’s matters', async () => {
      const matterCard = async () =>
        (
          await ok(
            'card.issue',
            { matterId: matter1.id, matter: matter1.name, matterType: matter1.type, promisedDays: 5 },
            staff,
          )
        ).cardId as string;
      const cardId = await matterCard();
      await ok('evaluation.submit', { cardId, level: 4 }, { resident: 'm0' });
      for (let i = 1; i < 5; i++)
        await ok('evaluation.submit', { cardId: await matterCard(), level: 4 }, { resident: `m${i}` });
      await evaluate(2, 1, 20); // another card, no matter
      await ok('complaint.submit', { cardId, category: '办事效率', content: '材料要求前后说法不一致' }, resident);
      const byMatter = await ok('stats.overview', { ...month, matterId: matter1.id }, headAs);
      expect(byMatter).toMatchObject({
        scope: { matterId: matter1.id },
        evaluations: 5,
        satisfactionRate: 1,
        complaints: { count: 1 },
      });
      expect((await ok('stats.overview', month, headAs)).evaluations).toBe(7);
      expect(
        (await ok('stats.trend', { ...month, by: 'month', matterId: matter1.id }, headAs)).buckets[0].evaluations,
      ).toBe(5);
      await host.store.org.putDepartment({ ...dept2, headStaffId: outsider.id });
      await refused(
        call('stats.overview', { ...month, matterId: matter1.id }, { staff: outsider }),
        'STATS.FORBIDDEN_SCOPE',
        403,
      );
    });

    it('shows comments without identity, dated by day, to the office only — a lone 差评 is not a statistic', async () => {
      await ok(
        'evaluation.submit',
        { cardId: await issueCard(), level: 2, comment: '等候时间太长', tags: ['办事拖拉'] },
        { resident: 'c1' },
      );
      await ok('evaluation.submit', { cardId: await issueCard(), level: 5 }, { resident: 'c2' });
      const out = await ok('stats.comments', month, headAs);
      expect(out.comments).toEqual([
        {
          date: '2026-11-24',
          department: dept.name,
          window: '3号窗口',
          staff: staffA.name,
          level: 2,
          levelLabel: '不满意',
          tags: ['办事拖拉'],
          comment: '等候时间太长',
        },
      ]);
      expect(JSON.stringify(out)).not.toMatch(/c1|subj|T\d\d:/);
      await refused(call('stats.comments', month, staff), 'AUTH.FORBIDDEN', 403);
      await host.store.org.putDepartment({ ...dept2, headStaffId: outsider.id });
      await refused(call('stats.comments', month, { staff: outsider }), 'AUTH.FORBIDDEN', 403);
    });

    it('heads and staff see whole months, quarters and years only; two custom ranges a day apart are refused', async () => {
      await evaluate(11, 5);
      host.setNow('2026-11-25T02:00:00.000Z');
      await evaluate(1, 1, 50); // the one applicant of 11-25
      await host.store.org.putDepartment({ ...dept2, headStaffId: outsider.id });
      const headOf1: As = {
        staff: { ...staffB, id: 'STAFF00012', number: 'A012', name: '钱进', openid: 'openid-qian' },
      };
      await host.store.org.putStaff((headOf1 as { staff: Staff }).staff);
      await host.store.org.putDepartment({ ...dept, headStaffId: (headOf1 as { staff: Staff }).staff.id });
      for (const as of [headOf1, staff]) {
        for (const custom of [
          { from: '2026-11-24', to: '2026-11-24' },
          { from: '2026-11-24', to: '2026-11-25' },
          { from: '2026-11-01', to: '2026-11-29' },
          { from: '2026-10-15', to: '2026-11-14' },
        ]) {
          const error = await refused(call('stats.overview', custom, as), 'STATS.CALENDAR_PERIOD_ONLY', 403);
          expect(error.message).toContain('整月、整季度或整年');
          await refused(call('stats.trend', { ...custom, by: 'week' }, as), 'STATS.CALENDAR_PERIOD_ONLY', 403);
        }
        await ok('stats.overview', month, as);
        await ok('stats.overview', { from: '2026-10-01', to: '2026-12-31' }, as);
        await ok('stats.overview', { from: '2026-01-01', to: '2026-12-31' }, as);
      }
      await refused(
        call('stats.rankings', { from: '2026-11-24', to: '2026-11-25', by: 'staff' }, headOf1),
        'STATS.CALENDAR_PERIOD_ONLY',
        403,
      );
      await refused(
        call('export.complaints', { from: '2026-11-24', to: '2026-11-25' }, headOf1),
        'STATS.CALENDAR_PERIOD_ONLY',
        403,
      );
      await refused(call('export.evaluations', month, headOf1), 'AUTH.FORBIDDEN', 403);
      // The office may look at any range.
      expect((await ok('stats.overview', { from: '2026-11-25', to: '2026-11-25' }, headAs)).evaluations).toBe(1);
    });

    it('refuses a reversed, overlong or malformed period', async () => {
      await refused(call('stats.overview', { from: '2026-11-30', to: '2026-11-01' }, headAs), 'REQUEST.INVALID', 400);
      await refused(call('stats.overview', { from: '2025-01-01', to: '2026-11-30' }, headAs), 'REQUEST.INVALID', 400);
      await refused(call('stats.overview', { from: '2026/11/01', to: '2026-11-30' }, headAs), 'REQUEST.INVALID', 400);
    });
  });

  describe('annual assessment', () => {
    it('grades under the configured rules when the office changes them', async () => {
      await ok('assessment.score', { year: 2026, staffId: staffA.id, peer: 90, head: 90 }, headAs);
      await ok('assessment.score', { year: 2026, staffId: staffB.id, peer: 80, head: 80 }, headAs);
      const before = await ok('assessment.compute', { year: 2026, departmentId: dept.id }, headAs);
      expect(before.staff.filter((r: any) => r.grade).map((r: any) => r.grade)).toEqual(['B', 'C']); // 20 % of 2 → no A
      await host.store.settings.put('assessment.rules', { quotas: { a: 0.5, ab: 1 } });
      const after = await ok('assessment.compute', { year: 2026, departmentId: dept.id }, headAs);
      expect(after.staff.filter((r: any) => r.grade).map((r: any) => r.grade)).toEqual(['A', 'B']);
      expect(after.rules).toContain('A ≤ 50%、A+B ≤ 100%');
    });

    it('the office enters scores (fields merge) and grades the department under the quotas', async () => {
      for (let i = 0; i < 3; i++)
        await ok('evaluation.submit', { cardId: await issueCard(), level: 5 }, { resident: `assess-${i}` });
      await ok('assessment.score', { year: 2026, staffId: staffA.id, peer: 90, head: 88, self: 100 }, headAs);
      await ok('assessment.score', { year: 2026, staffId: staffB.id, peer: 80 }, headAs);
      expect(await ok('assessment.score', { year: 2026, staffId: staffB.id, head: 85 }, headAs)).toEqual({
        year: 2026,
        staffId: staffB.id,
        peer: 80,
        head: 85,
        self: null,
      });
      const out = await ok('assessment.compute', { year: 2026, departmentId: dept.id }, headAs);
      expect(out.rules).toContain('A ≤ 20%');
      const row = (id: string) => out.staff.find((r: any) => r.staffId === id);
      // 0.4×90 + 0.4×88 + 0.2×100 (three 非常满意); B: no evaluations, so that part is the mean of the other two.
      expect(row(staffA.id)).toMatchObject({
        residents: 100,
        evaluations: 3,
        total: 91.2,
        grade: 'B',
        rank: 1,
        self: 100,
      });
      expect(row(staffB.id)).toMatchObject({ residents: null, total: 82.5, grade: 'C', rank: 2 });
      expect(row(head.id)).toMatchObject({ total: null, grade: null });
    });

    it('only the office or the person’s own department head may score or grade', async () => {
      await refused(call('assessment.compute', { year: 2026 }, staff), 'ASSESSMENT.FORBIDDEN', 403);
      await refused(
        call('assessment.score', { year: 2026, staffId: staffB.id, peer: 60 }, staff),
        'ASSESSMENT.FORBIDDEN',
        403,
      );
      await host.store.org.putDepartment({ ...dept2, headStaffId: outsider.id });
      await refused(
        call('assessment.score', { year: 2026, staffId: staffA.id, head: 60 }, { staff: outsider }),
        'ASSESSMENT.FORBIDDEN',
        403,
      );
      await refused(
        call('assessment.compute', { year: 2026, departmentId: dept.id }, { staff: outsider }),
        'ASSESSMENT.FORBIDDEN',
        403,
      );
      expect((await ok('assessment.compute', { year: 2026 }, { staff: outsider })).departmentId).toBe(dept2.id);
      await refused(
        call('assessment.score', { year: 2026, staffId: staffA.id, peer: 101 }, headAs),
        'REQUEST.INVALID',
        400,
      );
      await refused(
        call('assessment.score', { year: 2026, staffId: 'NoSuchStaff1', peer: 60 }, headAs),
        'STAFF.NOT_FOUND',
        404,
      );
      await refused(
        call('assessment.score', { year: 2026, staffId: staffA.id, peer: 60 }, resident),
        'AUTH.FORBIDDEN',
        403,
      );
    });
  });

  describe('bad input writes nothing', () => {
    it('an unknown category, overlong content, a bad phone, two targets, no target', async () => {
      const cardId = await issueCard();
      const base = { cardId, category: '服务态度', content: '窗口人员态度生硬' };
      await refused(call('complaint.submit', { ...base, category: '随便写的' }, resident), 'REQUEST.INVALID', 400);
      await refused(
        call('complaint.submit', { ...base, content: '长'.repeat(1001) }, resident),
        'REQUEST.INVALID',
        400,
      );
      await refused(call('complaint.submit', { ...base, contactPhone: '12345' }, resident), 'REQUEST.INVALID', 400);
      await refused(call('complaint.submit', { ...base, windowId: window1.id }, resident), 'REQUEST.INVALID', 400);
      await refused(
        call('complaint.submit', { category: '其他', content: '没有指定对象的投诉' }, resident),
        'REQUEST.INVALID',
        400,
      );
      await refused(call('complaint.submit', { ...base, anonymous: 'yes' }, resident), 'REQUEST.INVALID', 400);
    });
    it('an unknown card or case, no identity, a resident replying', async () => {
      await refused(
        call(
          'complaint.submit',
          { cardId: 'NoSuchCard0000000000', category: '其他', content: '不存在的监督卡' },
          resident,
        ),
        'CARD.NOT_FOUND',
        404,
      );
      await refused(
        call('complaint.get', { complaintId: 'NoSuchCase0000000000' }, resident),
        'COMPLAINT.NOT_FOUND',
        404,
      );
      await refused(call('complaint.mine', {}, 'nobody'), 'AUTH.REQUIRED', 401);
      const { complaintId } = await file();
      await refused(
        call('complaint.reply', { complaintId, content: '居民不能答复投诉' }, resident),
        'AUTH.FORBIDDEN',
        403,
      );
      await refused(call('complaint.inbox', {}, resident), 'AUTH.FORBIDDEN', 403);
    });
  });
}
