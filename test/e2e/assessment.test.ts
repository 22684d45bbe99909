/**
 * 年度考核 and 责任追究 in the browser: the office enters a person's scores, sees the grade,
 * records an accountability decision and sees what it costs on the sheet, then downloads the sheet.
 */
import ExcelJS from 'exceljs';
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(1);

it('the office scores a person, records 责任追究, and exports the assessment sheet', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('年度考核').first().click();
  await page.getByText('考核结果（点击一人录入评分）').waitFor();
  const first = page.locator('.assess-row').first();
  const name = (await first.locator('.assess-row__name').innerText()).trim();
  await first.click();
  await page.getByText(`${name}（`, { exact: false }).filter({ hasText: '的评分' }).waitFor();
  const editor = page.locator('.score-editor');
  await editor.locator('input').nth(0).fill('92');
  await editor.locator('input').nth(1).fill('90');
  await editor.getByRole('button', { name: '保存评分' }).click();
  await page
    .locator('.assess-row', { hasText: name })
    .getByText(/互评 92 · 负责人 90/)
    .waitFor();
  await noToast(page);
  await page.screenshot({ path: `${SHOTS}/assessment.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出考核表' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  expect(book.worksheets.map((w) => w.name)).toContain('规则');
  const cells: string[] = [];
  book.worksheets.forEach((w) => w.eachRow((r) => cells.push(JSON.stringify(r.values))));
  expect(cells.some((c) => c.includes(name) && c.includes('92') && c.includes('90'))).toBe(true);

  // The sheet filled in comes back in: the person's peer score changes to 77.
  const number = (await first.locator('.muted').first().innerText()).split('·')[0].trim();
  const filled = new ExcelJS.Workbook();
  filled.addWorksheet('评分').addRows([
    ['工号', '互评（40%）', '负责人评分（40%）'],
    [number, 77, ''],
  ]);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入评分（Excel）' }).click(),
  ]);
  await chooser.setFiles({
    name: '考核表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await filled.xlsx.writeBuffer()),
  });
  await page
    .locator('.assess-row', { hasText: name })
    .getByText(/互评 77 · 负责人 90/)
    .waitFor();

  await page.goBack();
  await page.getByText('责任追究').first().click();
  await page.getByText('记录责任追究').waitFor();
  await page.getByText('被追究人').click();
  await page.locator('text="确定" >> visible=true').click();
  await page.getByText('追究种类').click();
  await page.locator('text="确定" >> visible=true').click();
  await page.getByPlaceholder('追究事由（必填）').fill('未一次性告知材料，群众多次往返');
  await page.getByRole('button', { name: '记录', exact: true }).click();
  await page.locator('.acc-person').getByText('扣发奖金 5%').waitFor();
  await page
    .locator('.acc-record')
    .getByText(/责成作出书面检查/)
    .waitFor();
});
