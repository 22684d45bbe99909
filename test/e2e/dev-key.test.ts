/**
 * The demo identity switcher on a host that asks for its code (DEV_ACTIONS=key stands in for
 * HOST=0.0.0.0, which the test machine should not open): the printed admin link logs in on the
 * phone, the page keeps the code for the tab so the clock controls work after switching, and a
 * browser without the link is asked to type the code.
 */
import { e2eSession } from '../support/e2e-session';

const session = e2eSession(2, { DEV_ACTIONS: 'key' });

it('the printed links carry the code; without it dev.* is refused; the page keeps it and can be given it', async () => {
  const {
    server,
    phones: [phone, other],
  } = session;
  const key = /needs this start's code: ([2-9A-HJKMNP-Z]{8})/.exec(server.output())![1];
  const adminLink = /Admin \(.+?\) — organisation: +(\S+)/.exec(server.output())![1];
  expect(adminLink).toContain(`&devKey=${key}`);

  const refused = await server.api('dev.login', { role: 'admin' });
  expect(refused.error.code).toBe('DEV.KEY_REQUIRED');
  expect((await server.api('dev.login', { role: 'admin', devKey: key })).ok).toBe(true);

  // The printed link logs in at once and lands on the staff pages.
  const page = await phone.context.newPage();
  await page.goto(adminLink);
  await page.getByRole('button', { name: '开具监督卡' }).waitFor();
  expect(page.url()).not.toContain(key);

  // Back on the switcher without the link's query, reloaded: the tab still has the code.
  await page.goto(`${server.base}/#/dev/login/index`);
  await page.reload();
  await page.getByText('工作人员', { exact: true }).waitFor();
  await page.getByRole('button', { name: '立即到期检查' }).click();
  await page.getByText(/到期检查：处理 \d+ 件/).waitFor();

  // Another browser, the bare address: asked for the code; a wrong one is refused, the right one opens the list.
  const bare = await other.context.newPage();
  await bare.goto(`${server.base}/#/dev/login/index`);
  await bare.getByText('需要演示口令').waitFor();
  const field = bare.locator('.t-input', { hasText: '演示口令' }).locator('input');
  const submit = async (code: string) => {
    await field.fill(code);
    const answered = bare.waitForResponse((r) => r.url().endsWith('/api/dev.identities'));
    await bare.getByRole('button', { name: '确定' }).click();
    return (await answered).status();
  };
  expect(await submit('WRONG234')).toBe(403);
  await bare.getByText('需要演示口令').waitFor();
  expect(await submit(key.toLowerCase())).toBe(200);
  await bare.getByText('工作人员', { exact: true }).waitFor();
  expect(await bare.getByText('需要演示口令').count()).toBe(0);
});
