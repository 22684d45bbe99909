/**
 * The foundation's whole slice, as people do it: `npm start` on a fresh data dir; a staff
 * member issues a card; a resident opens its URL on a phone-sized Chromium and taps 满意; the
 * evaluation is stored (checked through the API). Screenshots land in docs/screenshots/.
 */
import ExcelJS from 'exceljs';
import { storedToken } from '../support/browser';
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(1);

it('staff issue a card; a resident scans it and evaluates with one tap', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  expect(server.output()).toMatch(/\/c\/[0-9A-Za-z]{20}/);
  const login = await server.api('dev.login', { role: 'staff' });
  expect(login.ok).toBe(true);
  const issued = await server.api(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5, notes: '1. 身份证原件\n2. 不动产权证书' },
    login.data.token,
    'e2e-issue-0001',
  );
  expect(issued.ok).toBe(true);
  const { cardId, url } = issued.data;
  expect(url).toBe(`${server.base}/c/${cardId}`);

  const page = await phone.context.newPage();
  await page.goto(url);
  await page.getByText('不动产转移登记').first().waitFor();
  await page.getByText(login.data.name).first().waitFor();
  await page.screenshot({ path: `${SHOTS}/card.png`, fullPage: true });

  await page.getByRole('button', { name: '满意', exact: true }).click();
  const token = await storedToken(page);
  expect(token).toMatch(/^v1\./);
  let mine: any;
  for (let i = 0; i < 40; i++) {
    mine = await server.api('evaluation.mine', {}, token!);
    if (mine.data?.evaluations?.length) break;
    await page.waitForTimeout(250);
  }
  expect(mine.data.evaluations).toHaveLength(1);
  expect(mine.data.evaluations[0]).toMatchObject({ level: 4, cardId, title: '不动产转移登记' });
  await page.getByText('您已评价').first().waitFor();
  await noToast(page);
  await page.screenshot({ path: `${SHOTS}/card-evaluated.png`, fullPage: true });

  // Opening the card again shows the resident's own evaluation instead of asking twice.
  await page.reload();
  await page.getByText('您已评价').first().waitFor();
});

it('the evaluation office sees it in the statistics, as figures only', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('评价统计').first().click();
  await page.getByText('评价等级分布').waitFor();
  const figures = await page.locator('.figures').first().innerText();
  // One 满意 this month (the demo hall starts with none): 100% satisfied, nobody named.
  expect(figures).toMatch(/1\s*评价数/);
  expect(figures).toContain('100.0%');
  // The trend: one column per week of the month; only this week has the evaluation.
  await page.getByText('满意率走势（按周）').waitFor();
  const columns = await page.locator('.columns__item').allInnerTexts();
  expect(columns.length).toBeGreaterThanOrEqual(4);
  expect(columns.filter((c) => c.includes('100.0%'))).toHaveLength(1);
  expect(columns.filter((c) => c.includes('无评价'))).toHaveLength(columns.length - 1);
  await page.screenshot({ path: `${SHOTS}/stats.png`, fullPage: true });

  // The month's evaluations as an Excel file, downloaded by the browser and read back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '评价明细' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^评价明细_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const sheet = book.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe('评价时间');
  expect(sheet.actualRowCount).toBe(2);
  expect(sheet.getRow(2).getCell(8).value).toBe('满意');
  await page.getByText(/已生成 评价明细_.*（1 行）/).waitFor();

  // A custom period asks for its two dates.
  await page.getByText('自定义', { exact: true }).click();
  await page.getByText('开始日期').waitFor();
  await page.getByText('结束日期').waitFor();
});

it('the office prints every window’s standing QR, one per page', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('窗口二维码').first().click();
  await page.locator('.window-qr img').first().waitFor();
  const windows = await page.locator('.window-qr').count();
  expect(windows).toBeGreaterThan(1);
  await page.waitForFunction(
    (n) => (globalThis as any).document.querySelectorAll('.window-qr img').length === n,
    windows,
  );
  const src = await page.locator('.window-qr img').first().getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  expect(
    await page
      .locator('.window-qr')
      .first()
      .evaluate((el: any) => (globalThis as any).getComputedStyle(el).breakAfter),
  ).toBe('page');
});

it('the office publishes the department results; anyone can read them, figures only', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('评价统计').first().click();
  await page.getByRole('switch', { name: '向群众公布评议结果' }).click();
  await page.getByText('已向群众公布部门评议结果').waitFor();
  // The page is public: it needs no identity and shows the same to anyone.
  const resident = await phone.context.newPage();
  await resident.goto(`${server.base}/#/pages/results/index`);
  await resident.locator('.result').first().waitFor();
  const text = await resident.locator('.shell').first().innerText();
  expect(text).toContain('不动产登记科');
  expect(text).toMatch(/满意率（1 条评价）/);
  expect(text).not.toMatch(/工号|王丽/);
});
