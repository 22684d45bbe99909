/**
 * 整改 in the browser: the office opens an item from the staff home, hands it to a department,
 * reports on it, and verifies it; the list shows where each item stands.
 */
import { e2eSession, SHOTS } from '../support/e2e-session';

const session = e2eSession(1);

it('the office opens a rectification item, reports progress, hands it in and verifies it', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('整改跟踪').first().click();
  await page.getByText('暂无整改事项').waitFor();
  await page.getByRole('button', { name: '下发整改' }).click();

  // The department picker opens on its first department; 确定 takes it.
  await page.getByText('责任部门').click();
  // Every picker on the page renders its own (hidden) sheet: take the one showing.
  await page.locator('text="确定" >> visible=true').click();
  await page.getByPlaceholder('存在问题（必填）').fill('高峰时段等候时间过长，群众反映集中');
  await page.getByPlaceholder('整改措施和要求（选填）').fill('增开综合窗口，公示高峰时段');
  await page.getByRole('button', { name: '下发整改' }).click();

  await page.getByText('整改记录').waitFor();
  await page.locator('.rect-head').getByText('整改中').waitFor();
  await page.getByText('下发整改 ·', { exact: false }).waitFor();

  await page.getByPlaceholder('已采取的措施和效果').fill('12 月起增开 5 号综合窗口，高峰时段平均等候 8 分钟');
  await page.getByRole('button', { name: '整改完成，报结' }).click();
  await page.locator('.rect-head').getByText('待验收').waitFor();
  await page.getByPlaceholder('验收意见（退回时必填）').fill('现场核查属实');
  await page.getByRole('button', { name: '验收通过' }).click();
  await page.locator('.rect-head').getByText('已验收').waitFor();
  const history = await page.locator('.rect-entry').allInnerTexts();
  expect(history.map((h) => h.split(' · ')[0])).toEqual(['验收通过', '整改报结', '下发整改']);
  // Opened afresh, as the owner would find it later (and without the toast over it).
  await page.reload();
  await page.locator('.rect-head').getByText('已验收').waitFor();
  await page.screenshot({ path: `${SHOTS}/rectification.png`, fullPage: true });

  await page.goBack();
  await page.locator('text="已验收" >> visible=true').first().click();
  await page.locator('.rect-item').getByText('高峰时段等候时间过长，群众反映集中').waitFor();
});
