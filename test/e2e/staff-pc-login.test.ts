/**
 * A staff member on the office PC's browser, where there is no WeChat account: the office gives
 * them a bind code, they set a password with it, and later sign in with 工号 and password.
 */
import { e2eSession, noToast, SHOTS } from '../support/e2e-session';

const session = e2eSession(1);

it('sets a password with a bind code, then signs in with 工号 and password', async () => {
  const {
    server,
    phones: [pc],
  } = session;
  const admin = (await server.api('dev.login', { role: 'admin' })).data;
  const staff = (await server.api('dev.identities', {})).data.identities.find((i: any) => i.role === 'staff');
  const issued = (await server.api('org.bindCode', { staffId: staff.staffId }, admin.token)).data;

  const page = await pc.context.newPage();
  await page.goto(`${server.base}/#/staff/login/index`);
  await page.locator('.block__title', { hasText: '工作人员登录' }).waitFor();
  const field = (label: string) => page.locator('.t-input', { hasText: label }).locator('input');
  await page.getByRole('button', { name: '第一次使用或忘记密码？用绑定码设置密码' }).click();
  await field('绑定码').fill(issued.code);
  await field('新密码').fill('chuangkou-2026');
  await field('再输一次').fill('chuangkou-2027');
  await page.getByRole('button', { name: '设置密码并登录' }).click();
  await page.getByText('两次输入的密码不一致').waitFor();
  await field('再输一次').fill('chuangkou-2026');
  expect(await field('新密码').getAttribute('type')).toBe('password');
  await noToast(page);
  await page.screenshot({ path: `${SHOTS}/staff-login.png`, fullPage: true });
  await page.getByRole('button', { name: '设置密码并登录' }).click();
  await page.getByRole('button', { name: '开具监督卡' }).waitFor();
  await page.getByText(issued.staff.name).first().waitFor();

  // Another day, a fresh browser profile: 工号 and password.
  await page.evaluate('localStorage.clear()');
  await page.goto(`${server.base}/#/staff/login/index`);
  await field('工号').fill(issued.staff.number);
  await field('密码').fill('wrong password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('工号或密码不正确').waitFor();
  await field('密码').fill('chuangkou-2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // The wrong password before is reported, once, before the staff pages open.
  await page.getByText('自上次登录以来，有 1 次使用您的工号但密码错误的登录尝试', { exact: false }).waitFor();
  await page.getByText('知道了', { exact: true }).last().click();
  await page.getByRole('button', { name: '开具监督卡' }).waitFor();
  await page.getByText(issued.staff.name).first().waitFor();
});
