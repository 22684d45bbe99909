/**
 * 差评回访 in the browser against `npm start`: a resident rates a card 非常不满意 with a reason and
 * a call-back number; the head of the card staff's department finds it in 差评回访 (the card's
 * staff does not), records the call-back as 已联系上, 属实, 限期整改; the office verifies the
 * rectification it opened; the resident reads the outcome and the rectification in 我的评价 and
 * rates it 满意. Screenshots of the handler's page and of 我的评价 go in docs/screenshots.
 */
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(3);

it('非常不满意 with a call-back number → the head follows it up: 属实, 限期整改 → verified → the resident rates it', async () => {
  const {
    server,
    phones: [residentPhone, headPhone, subjectPhone],
  } = session;
  const staffLogin = /Staff \((.+?)\) — issue a card: (\S+)/.exec(server.output())![2];
  const login = await server.api('dev.login', { role: 'staff' });
  const card = await server.api(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    login.data.token,
    'e2e-followup-card-1',
  );

  // The resident: one tap on 非常不满意, then a reason, consent and a number.
  const resident = await residentPhone.context.newPage();
  await resident.goto(card.data.url);
  await resident.getByRole('button', { name: '非常不满意', exact: true }).click();
  await resident.getByText('不满意的原因', { exact: false }).waitFor();
  const form = await server.api('evaluation.form', {}, login.data.token);
  await resident.getByText(form.data.reasonTags[0], { exact: true }).click();
  await resident.getByText('愿意接受回访', { exact: true }).click();
  await resident.getByPlaceholder('仅用于回访，办结 90 天后删除').fill('13812345678');
  await resident.getByRole('button', { name: '提交', exact: true }).click();
  await resident.getByText('您的差评已交部门负责人回访核实', { exact: false }).waitFor();

  // The card's staff member (whom it rates) has no 差评回访 entry and cannot open the follow-up.
  const subject = await subjectPhone.context.newPage();
  await subject.goto(staffLogin);
  await subject.getByText('开具监督卡').first().waitFor();
  expect(await subject.getByText('差评回访').count()).toBe(0);

  // The head of 不动产登记科 finds it, sees the masked number, records the follow-up.
  const identities = (await server.api('dev.identities', {})).data.identities as { staffId?: string; label: string }[];
  const estateHead = identities.find((i) => i.label.includes('陈静'))!;
  const head = await headPhone.context.newPage();
  await head.goto(`${server.base}/#/dev/login/index?role=staff&staffId=${estateHead.staffId}`);
  await head.getByText('差评回访').first().click();
  await head.getByText('待回访 1').waitFor();
  await head.getByText('非常不满意 · 不动产转移登记').click();
  await head.getByText('138****5678').waitFor();
  await head.getByText('已联系上', { exact: true }).click();
  await head.getByText('属实', { exact: true }).click();
  await head.getByText('限期整改', { exact: true }).click();
  await head
    .getByPlaceholder('写明核实情况和处理结果（评价人会看到这段话）')
    .fill('已电话联系评价人致歉；材料清单表述不清，限期修订一次性告知单并上墙公示。');
  await head.getByRole('button', { name: '提交回访记录' }).click();
  await head.getByText('回访结果').waitFor();
  await head.getByText('整改中（查看）').waitFor();
  await noToast(head);
  await head.screenshot({ path: `${SHOTS}/staff-followup.png`, fullPage: true });

  // The office verifies the rectification the follow-up opened.
  const admin = await server.api('dev.login', { role: 'admin' });
  const rects = await server.api('rectification.list', {}, admin.data.token);
  const rect = rects.data.items.find((r: { source: string }) => r.source === 'followup');
  expect(rect).toBeTruthy();
  await server.api(
    'rectification.report',
    { rectificationId: rect.id, text: '一次性告知单已修订并上墙', done: true },
    admin.data.token,
    'e2e-followup-rect-report',
  );
  const verified = await server.api(
    'rectification.verify',
    { rectificationId: rect.id, accept: true },
    admin.data.token,
    'e2e-followup-rect-verify',
  );
  expect(verified.data.status).toBe('verified');

  // The resident reads the outcome and the rectification in 我的评价, and rates it.
  await resident.goto(`${server.base}/#/pages/mine/index`);
  await resident.getByText('回访核实：已回访').waitFor();
  await resident.getByText('已联系上 · 限期整改').waitFor();
  await resident.getByText('整改已完成并通过验收', { exact: false }).waitFor();
  await noToast(resident);
  await resident.screenshot({ path: `${SHOTS}/mine-followup.png`, fullPage: true });
  await resident.getByRole('button', { name: '满意', exact: true }).click();
  await resident.getByText('您对回访结果：满意').waitFor();
  await resident.getByText('回访核实：已办结').waitFor();
});
