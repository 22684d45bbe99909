/**
 * A complaint's whole cycle in the browser against `npm start`: a resident complains from a
 * card; it goes to the head of the card staff's department — the card's staff sees nothing of
 * it; the head sees it with its deadline; five days on (dev.clock) the sweep's reminder is in the
 * head's 消息; the head asks the staff member for a statement, which they give from their 消息
 * without seeing the complainant's number or the tracking number; the head replies; the resident reads the reply and rates it 不满意; the case
 * reopens one level up, in the office queue, with a fresh deadline; the case's address from before
 * the complaint subpackage still opens it. Screenshots of the resident's case page and the inbox
 * go in the README.
 */
import { storedToken } from '../support/browser';
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(3);

it('complain → routed to the head, never the staff, with a deadline → reminder after 5 days → reply → 不满意 → reopened to the office', async () => {
  const {
    server,
    phones: [staffPhone, residentPhone, subjectPhone],
  } = session;
  // Start on a working morning, 10:00 in Shanghai, so "five days later" is a morning too.
  const shanghaiHour = (new Date().getUTCHours() + 8) % 24;
  await server.api('dev.clock', { advanceHours: (10 - shanghaiHour + 24) % 24 || 24 });

  const link = /Staff \((.+?)\) — issue a card: (\S+)/.exec(server.output())!;
  const [, staffName, staffLogin] = link;
  const login = await server.api('dev.login', { role: 'staff' });
  expect(login.data.name).toBe(staffName);
  const card = await server.api(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    login.data.token,
    'e2e-cycle-card-1',
  );

  // The resident complains from the card.
  const resident = await residentPhone.context.newPage();
  await resident.goto(card.data.url);
  await resident.getByRole('button', { name: '我要投诉' }).click();
  await resident.getByText('服务态度', { exact: true }).click();
  await resident
    .getByPlaceholder('请写明时间、窗口或人员，以及发生了什么')
    .fill('上午十点到窗口，工作人员态度生硬，没有说明还缺什么材料。');
  await resident.getByPlaceholder('选填，便于回电核实').fill('13812341234');
  await resident.getByRole('button', { name: '提交投诉' }).click();
  await resident.getByText('投诉已提交').waitFor();
  expect(await resident.getByText('已交由 不动产登记科 负责人 办理', { exact: false }).count()).toBe(1);
  const trackingNo = /TS\d{6}-[2-9A-Z]{4}/.exec(await resident.locator('.complaint-done__no').innerText())![0];
  await resident.getByRole('button', { name: '查看办理进度' }).click();
  await resident.getByText('办理进度', { exact: true }).waitFor();
  await resident.getByText(`投诉编号 ${trackingNo}`).waitFor();

  // The card's staff (whom it is about) has nothing in the inbox.
  const subject = await subjectPhone.context.newPage();
  await subject.goto(staffLogin);
  await subject.getByText('投诉待办').first().click();
  await subject.getByText('待回复 0').waitFor();
  expect(await subject.getByText(trackingNo).count()).toBe(0);

  // The head of 不动产登记科 sees it in the inbox, with its countdown.
  const identities = (await server.api('dev.identities', {})).data.identities as { staffId?: string; label: string }[];
  const estateHead = identities.find((i) => i.label.includes('陈静'))!;
  const staff = await staffPhone.context.newPage();
  await staff.goto(`${server.base}/#/dev/login/index?role=staff&staffId=${estateHead.staffId}`);
  await staff.getByText('投诉待办').first().click();
  await staff.getByText('待回复 1').waitFor();
  const item = staff.locator('.complaint-item').first();
  expect(await item.innerText()).toMatch(/还剩 7 天/);
  expect(await item.innerText()).toContain(trackingNo);
  await noToast(staff);
  await staff.screenshot({ path: `${SHOTS}/staff-inbox.png`, fullPage: true });

  // Five days later the sweep reminds the handler (the demo page's 快进 button does the same).
  expect((await server.api('dev.clock', { advanceHours: 120 })).ok).toBe(true);
  const swept = await server.api('sweep.run', {});
  expect(swept.data.cases).toBe(1);
  await staff.goto(`${server.base}/#/pages/messages/index`);
  await staff.getByText('投诉即将到期').waitFor();
  expect(await staff.getByText('新投诉待处理').count()).toBe(1);

  // The head opens the case from the reminder and asks the staff member it is about for a statement.
  await staff.getByText('投诉即将到期').click();
  await staff.getByText('138****1234').waitFor();
  await staff.getByRole('button', { name: '请被投诉人说明情况' }).click();
  await staff.getByText(new RegExp(`请 ${staffName} 说明情况`)).waitFor(); // in the timeline
  expect((await server.api('sweep.run', {})).ok).toBe(true); // delivers the notice now, not at the next tick

  // The staff member is told in 消息, reads what was said and answers it — never seeing the
  // complainant's number or the tracking number.
  await subject.goto(`${server.base}/#/pages/messages/index`);
  await subject.getByText('请就一件投诉说明情况').first().click();
  await subject.getByText('请说明情况', { exact: true }).waitFor();
  const seen = await subject.locator('body').innerText();
  expect(seen).toContain('工作人员态度生硬');
  expect(seen).not.toContain(trackingNo);
  expect(seen).not.toMatch(/138\*{4}1234|13812341234/);
  expect(seen).not.toContain('提交答复');
  await subject
    .getByPlaceholder('当时的经过、原因和已经采取的措施')
    .fill('当时排队的人很多，没有耐心解释材料要求，我已认识到问题。');
  await subject.getByRole('button', { name: '提交情况说明' }).click();
  await subject.getByText('当时排队的人很多', { exact: false }).last().waitFor();
  await subject.close();

  // The head reads the statement in the case's timeline, then replies.
  await staff.reload();
  await staff.getByText('当时排队的人很多', { exact: false }).first().waitFor();
  await staff
    .getByPlaceholder('请写明核实情况和处理结果')
    .fill('已核实，当班人员未一次性告知所需材料，已批评教育并向您致歉。');
  await staff.getByRole('button', { name: '提交答复' }).click();
  await staff.locator('.complaint__reply').waitFor();

  // The resident reads the reply and rates it 不满意: the case goes one level up, to the office.
  await resident.reload();
  await resident.getByText('已核实，当班人员未一次性告知所需材料').waitFor();
  await resident.getByText('您对答复满意吗？').waitFor();
  await noToast(resident);
  await resident.screenshot({ path: `${SHOTS}/complaint.png`, fullPage: true });
  await resident.getByRole('button', { name: '不满意', exact: true }).click();
  await resident.getByText(/重新办理：交由 评议办，答复期限/).waitFor();
  expect(await resident.locator('.complaint__head').innerText()).toContain('待回复');

  const residentToken = await storedToken(resident);
  const [mine] = (await server.api('complaint.mine', {}, residentToken!)).data.complaints;
  expect(mine.trackingNo).toBe(trackingNo);
  const office = await server.api('dev.login', { role: 'admin' });
  const asOffice = await server.api('complaint.get', { complaintId: mine.complaintId }, office.data.token);
  expect(asOffice.data).toMatchObject({
    status: 'pending',
    reopenCount: 1,
    assignee: null,
    handledBy: '评议办',
    can: { reply: true },
  });
  expect(new Date(asOffice.data.replyDueAt).getTime()).toBeGreaterThan(
    new Date(mine.createdAt).getTime() + 11 * 24 * 3600_000,
  );

  // The case's address from before the complaint pages became a subpackage still leads to it.
  await resident.goto(`${server.base}/#/pages/complaint/index?id=${mine.complaintId}`);
  await resident.getByText(`投诉编号 ${trackingNo}`).waitFor();
  expect(resident.url()).toContain(`#/complaint/detail/index?id=${mine.complaintId}`);
});
