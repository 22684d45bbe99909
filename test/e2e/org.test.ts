/**
 * The organisation in the browser: the office adds a person through the form, edits a window's
 * A/B posts, and takes the whole organisation out to Excel and back in.
 */
import ExcelJS from 'exceljs';
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(1);

it('the office adds a person, exports the organisation and imports it back with a new matter', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('组织架构').first().click();
  await page.getByRole('button', { name: '新增人员' }).click();
  await page.getByText('工号', { exact: true }).waitFor();
  const field = (label: string) => page.locator('.t-input', { hasText: label }).locator('input');
  await field('工号').fill('E2E01');
  await field('姓名').fill('测试员');
  await page.getByText('所属部门').click();
  await page.locator('text="确定" >> visible=true').click();
  await page.getByPlaceholder('无请假可不填').fill('2026-12-24~2026-12-25');
  await page.getByRole('button', { name: '保存人员' }).click();
  await page.getByText('测试员（工号 E2E01）').waitFor();
  await noToast(page);
  await page.screenshot({ path: `${SHOTS}/org.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出组织架构（Excel）' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const people: string[] = [];
  book.getWorksheet('人员')!.eachRow((r) => people.push(String(r.getCell(1).value)));
  expect(people).toContain('E2E01');
  const department = String(book.getWorksheet('部门')!.getRow(2).getCell(1).value);
  book.getWorksheet('事项')!.addRow(['E2E 导入的事项', department, '即办件', 0, '身份证']);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '从 Excel 导入' }).click(),
  ]);
  await chooser.setFiles({
    name: '组织架构.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  });
  await page.getByText('E2E 导入的事项').waitFor();
});
