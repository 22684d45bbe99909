/**
 * Staff and the office in the mini program (cloud build): the window's standing QR credits the
 * staff member on duty, a card issued through the form's pickers and fields, and the office's
 * 评价统计 and 评议报告 over real figures — each through the built pages and the deployed `api`.
 */
import { docs } from './support/cloud-backend';
import { cloudSuite } from './support/cloud-suite';
import { people } from './support/hall';
import { dept, head, matter1, staffA, window1 } from '../support/fixtures';

jest.mock('wx-server-sdk', () => jest.requireActual('./support/cloud-backend').sdkDouble);
jest.setTimeout(60_000);

const suite = cloudSuite();

it('the window QR (scene) shows who is on duty, and a tap evaluates them', async () => {
  suite.setCaller('o-resident-window');
  await suite.mp.relaunch(`/pages/window/index?scene=${window1.id}`);
  await suite.mp.waitForText(window1.name, '值班人员', `${staffA.name}（工号 ${staffA.number}）`, '请您评价本次服务');
  await suite.mp.tap('基本满意');
  await suite.mp.waitForText('您已评价：基本满意');
  const stored = docs('evaluations').filter((e: any) => e.windowId === window1.id && e.target === 'window');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ level: 3, staffId: staffA.id, departmentId: dept.id });
});

it('staff issue a card: the matter picked from the catalogue fills the form, and the card shows its QR', async () => {
  suite.setCaller(staffA.openid!);
  await suite.mp.relaunch('/staff/issue/index');
  await suite.mp.waitForText('选择事项', '开具监督卡');
  // The first picker is 选择事项 (自行填写, then the catalogue): WeChat's wheel answers with the index picked.
  await suite.mp.fire('wx-picker', 'change', { value: 1 }, 0);
  await suite.mp.waitForText(matter1.name);
  // The catalogue filled the fields (input values are properties, not text).
  const values = suite.mp.componentData('t-input').map((d) => d?.value);
  expect(values).toEqual(expect.arrayContaining([matter1.name, String(matter1.promisedDays)]));
  const before = docs('cards').length;
  await suite.mp.tap('开具监督卡');
  await suite.mp.waitForText('请群众扫码评价', '办事监督卡', matter1.name, '打印');
  expect(suite.mp.current().route).toBe('staff/card/index');
  const cards = docs('cards');
  expect(cards).toHaveLength(before + 1);
  const card = cards.at(-1)!;
  expect(card).toMatchObject({
    matter: matter1.name,
    matterId: matter1.id,
    matterType: matter1.type,
    promisedDays: matter1.promisedDays,
    staffId: staffA.id,
  });
  expect(suite.mp.current().query.id).toBe(card.id);
  // The QR is the card's own 小程序码 (or its URL QR), as an image the page shows.
  const image = suite.mp.dom().querySelector('wx-image');
  expect(image).not.toBeNull();
  expect(suite.mp.current().text()).toContain(`/c/${card.id}`);
});

it('the office opens 评价统计 and 评议报告 with this month’s figures', async () => {
  for (let i = 0; i < 6; i++) {
    const { cardId } = await suite.act(people.staff, 'card.issue', {
      matter: matter1.name,
      matterType: '承诺件',
      promisedDays: 5,
      matterId: matter1.id,
    });
    await suite.act(`o-resident-stats-${i}`, 'evaluation.submit', { cardId, level: i === 0 ? 1 : 5 });
  }
  const total = docs('evaluations').length;
  suite.setCaller(head.openid!);
  await suite.mp.relaunch('/admin/stats/index');
  await suite.mp.waitForText('评价数', '满意率', '部门满意率排名', dept.name);
  const stats = suite.mp.current().text();
  expect(stats).toContain(`${total}评价数`);
  expect(stats).not.toContain('样本不足（少于 5 条）');

  await suite.mp.relaunch('/admin/report/index');
  await suite.mp.waitForText('服务评议报告', '一、总体情况', `本期共收到群众评价 ${total} 条`);
  expect(suite.mp.current().text()).toContain('二、部门满意率排名');
});
