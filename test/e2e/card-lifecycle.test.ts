/**
 * The service case on a card in the browser against `npm start`: a staff member issues a 承诺件
 * card on the issue page; a resident opens it and asks to be told when it is done; the staff
 * member records a 补正 with two missing materials; the resident sees both; 补正完成, then 办结;
 * the resident finds the 办结 notice in 我的消息, opens the card from it and evaluates. The card
 * in 待补正 is a README screenshot.
 */
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(2);

it('承诺件 → 办结时通知我 → 补正 with two items → 补正完成 → 办结 → the notice → the resident evaluates', async () => {
  const {
    server,
    phones: [residentPhone, staffPhone],
  } = session;
  const staffLogin = /Staff \((.+?)\) — issue a card: (\S+)/.exec(server.output())![2];

  // The staff member issues the card on the issue page.
  const staff = await staffPhone.context.newPage();
  await staff.goto(staffLogin);
  await staff.getByRole('button', { name: '开具监督卡' }).first().click();
  await staff.getByPlaceholder('例如：不动产转移登记').fill('不动产继承登记');
  await staff.getByRole('button', { name: '开具监督卡' }).click();
  await staff.getByText('请群众扫码评价').waitFor();
  const cardId = new URL(staff.url().replace('#/', '')).searchParams.get('id')!;
  expect(cardId).toMatch(/^[0-9A-Za-z]{20}$/);
  await staff.getByText('办理记录').waitFor();

  // The resident opens it: 办理中, with its countdown, and asks to be told.
  const resident = await residentPhone.context.newPage();
  await resident.goto(`${server.base}/c/${cardId}`);
  await resident.getByText('不动产继承登记').first().waitFor();
  await resident.getByText('还剩', { exact: false }).first().waitFor();
  await resident.getByRole('button', { name: '办结时通知我' }).click();
  await resident.getByText('办结后将通知您').first().waitFor();

  // 一次性告知补正: both missing materials at once, with the next visit date left open.
  await staff.getByRole('button', { name: '一次性告知补正' }).click();
  await staff.getByPlaceholder('如：户口簿原件').fill('被继承人死亡证明');
  await staff.getByRole('button', { name: '再加一项' }).click();
  await staff.getByPlaceholder('如：户口簿原件').nth(1).fill('全体继承人亲属关系证明');
  await staff.getByRole('button', { name: '告知补正' }).click();
  await staff.locator('text="确定" >> visible=true').click();
  await staff.getByRole('button', { name: '补正完成' }).waitFor();

  // The resident sees what to bring, and that the clock stopped.
  await resident.reload();
  await resident.getByText('待补正：请补齐以下材料').waitFor();
  await resident.getByText('被继承人死亡证明', { exact: false }).waitFor();
  await resident.getByText('全体继承人亲属关系证明', { exact: false }).waitFor();
  await resident.getByText('补齐前办理时限暂停计算').waitFor();
  expect(await resident.getByText('还剩', { exact: false }).count()).toBe(0);
  await noToast(resident);
  await resident.screenshot({ path: `${SHOTS}/card-supplement.png`, fullPage: true });

  // 补正完成, then 办结 — each asked first.
  await staff.getByRole('button', { name: '补正完成' }).click();
  await staff.locator('text="确定" >> visible=true').click();
  await staff.getByRole('button', { name: '办结', exact: true }).waitFor();
  await staff.getByRole('button', { name: '办结', exact: true }).click();
  await staff.locator('text="确定" >> visible=true').click();
  await staff.getByText('办结时间', { exact: false }).waitFor();
  expect(await staff.getByRole('button', { name: '办结', exact: true }).count()).toBe(0);
  const card = await server.api('card.get', { cardId }, (await server.api('dev.login', { role: 'staff' })).data.token);
  expect(card.data.timeline.map((e: { kind: string }) => e.kind)).toEqual([
    'issued',
    'supplement',
    'resumed',
    'completed',
  ]);
  expect((await server.api('sweep.run', {})).ok).toBe(true); // delivers the notice now, not at the next tick

  // The resident's 我的消息 has it; tapping it opens the card, 已办结, and they evaluate.
  await resident.goto(`${server.base}/#/pages/messages/index`);
  await resident.getByText('您办理的事项有了结果').click();
  await resident.getByText('办结时间', { exact: false }).waitFor();
  expect(resident.url()).toContain(cardId);
  expect(await resident.getByText('还剩', { exact: false }).count()).toBe(0);
  await resident.getByRole('button', { name: '非常满意', exact: true }).click();
  await resident.getByText('您已评价').first().waitFor();
});
