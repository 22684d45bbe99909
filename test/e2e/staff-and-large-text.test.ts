/**
 * In the browser, as people do it: a staff member follows the login link `npm start` prints,
 * issues a card through the form, sees its QR and the print view; a resident turns on 大字模式
 * and can still evaluate; a 不满意 needs a reason before its details are saved.
 */
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(2);

let cardUrl = '';

it('a staff member logs in from the printed link, issues a card through the form, and gets its QR and print view', async () => {
  const {
    server,
    phones: [staffPhone],
  } = session;
  const link = /Staff \((.+?)\) — issue a card: (\S+)/.exec(server.output());
  expect(link).not.toBeNull();
  const [, staffName, loginUrl] = link!;
  const page = await staffPhone.context.newPage();
  await page.goto(loginUrl);
  // Logged in without a tap, and taken to the staff home.
  await page.getByText(staffName).first().waitFor();
  await page.getByRole('button', { name: '开具监督卡' }).click();

  await page.getByPlaceholder('例如：不动产转移登记').fill('社会保障卡补办');
  await page.getByText('承诺件', { exact: true }).click();
  await page.getByPlaceholder('例如 5').fill('3');
  await page.getByPlaceholder(/每行一项/).fill('1. 身份证原件\n2. 近期一寸照片');
  await page.getByRole('button', { name: '开具监督卡' }).click();

  await page.getByText('请群众扫码评价').waitFor();
  const qr = page.locator('.qr-block__image img, img.qr-block__image').first();
  await qr.waitFor();
  expect(await qr.evaluate((img: any) => img.naturalWidth > 100 && String(img.src).startsWith('data:image/png'))).toBe(
    true,
  );
  cardUrl = (await page.locator('.qr-block__url').innerText()).trim();
  expect(cardUrl).toMatch(/\/c\/[0-9A-Za-z]{20}$/);
  await page.getByText('社会保障卡补办').first().waitFor();
  await noToast(page);
  await page.screenshot({ path: `${SHOTS}/issue.png`, fullPage: true });

  await page.getByRole('button', { name: '打印' }).click();
  await page.locator('.print-card').waitFor();
  expect(await page.locator('.print-card').innerText()).toContain('社会保障卡补办');
  expect(await page.locator('.print-card').innerText()).toContain('1. 身份证原件');
  await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });
});

it('大字模式 keeps the card page usable: bigger text, no sideways scrolling, one-tap evaluation still works', async () => {
  const {
    phones: [, residentPhone],
  } = session;
  expect(cardUrl).not.toBe('');
  const page = await residentPhone.context.newPage();
  await page.goto(cardUrl);
  await page.getByText('社会保障卡补办').first().waitFor();
  const size = () =>
    page
      .getByText('社会保障卡补办')
      .first()
      .evaluate((el: any) => parseFloat((globalThis as any).getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('switch').first().click();
  await page.getByText('已开启，文字更大更清楚').waitFor();
  expect(await size()).toBeGreaterThan(before);
  const overflow = await page.evaluate(
    () => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const satisfied = page.getByRole('button', { name: '满意', exact: true });
  await satisfied.scrollIntoViewIfNeeded();
  expect(await satisfied.isVisible()).toBe(true);
  await page.screenshot({ path: `${SHOTS}/card-large.png`, fullPage: false });
  // The setting is remembered on the next visit.
  await page.reload();
  await page.getByText('已开启，文字更大更清楚').waitFor();
});

it('a 不满意 is stored at once; its details need a reason before they can be saved', async () => {
  const {
    phones: [, residentPhone],
  } = session;
  const page = await residentPhone.context.newPage();
  await page.goto(cardUrl);
  await page.getByRole('button', { name: '不满意', exact: true }).click();
  await page.getByText('您已评价：不满意').waitFor();
  await page.getByText('请选择一个原因，或写明具体情况后再提交').waitFor();
  const submit = page.getByRole('button', { name: '提交', exact: true });
  expect(await submit.isDisabled()).toBe(true);
  await page.getByPlaceholder(/请说说遇到了什么问题/).fill('等了一个多小时无人办理');
  await page.getByText('请选择一个原因，或写明具体情况后再提交').waitFor({ state: 'detached' });
  await submit.click();
  await page.getByRole('button', { name: '修改或补充评价' }).waitFor();
});

it('the office generates a one-time WeChat bind code for a staff member', async () => {
  const {
    server,
    phones: [staffPhone],
  } = session;
  const link = /Admin \((.+?)\) — organisation: +(\S+)/.exec(server.output());
  expect(link).not.toBeNull();
  const page = await staffPhone.context.newPage();
  await page.goto(link![2]);
  await page.getByText('组织架构').first().click();
  await page.getByText('未绑定微信', { exact: false }).first().click();
  await page.getByText('生成微信绑定码', { exact: true }).click();
  await page.getByText(/生成微信绑定码？/).waitFor();
  await page.getByText('确定', { exact: true }).last().click();
  const code = page.getByText(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
  await code.first().waitFor();
  expect(await page.getByText('此码只显示一次', { exact: false }).count()).toBeGreaterThan(0);
});
