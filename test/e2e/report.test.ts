/** 评议报告 in the browser: the office opens this month's report, prints it on A4, and downloads the Excel version. */
import ExcelJS from 'exceljs';
import { e2eSession, SHOTS } from '../support/e2e-session';

const session = e2eSession(1);

it('the office reads this month’s report, prints it on A4 and downloads it', async () => {
  const {
    server,
    phones: [phone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output())!;
  const page = await phone.context.newPage();
  await page.goto(link[2]);
  await page.getByText('评议报告').first().click();
  await page.getByText('服务评议报告').waitFor();
  await page.getByText('限时办结：本期开具监督卡', { exact: false }).waitFor();
  for (const h of [
    '一、总体情况',
    '二、部门满意率排名',
    '三、群众反映集中的问题',
    '四、逾期未答复的投诉',
    '五、超期未办结的监督卡',
    '六、尚未验收的整改事项',
  ]) {
    await page.getByText(h).waitFor();
  }
  await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });
  // On paper: A4 pages, the controls left off.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(mediaBox && [Math.round(Number(mediaBox[1])), Math.round(Number(mediaBox[2]))]).toEqual([595, 842]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 Excel 版' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  expect(book.worksheets.map((w) => w.name)).toEqual([
    '概况',
    '部门排名',
    '投诉类别',
    '差评原因',
    '逾期投诉',
    '超期监督卡',
    '整改事项',
  ]);
});
