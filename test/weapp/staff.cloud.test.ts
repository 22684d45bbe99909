/**
 * Staff and the office in the mini program (cloud build): the window's standing QR credits the
 * staff member on duty, a card issued through the form's pickers and fields, and the office's
 * 评价统计 and 评议报告 over real figures — each through the built pages and the deployed `api`.
 */
import { createCloudbaseStore } from '../../server/adapters/store-cloudbase/cloudbase-store';
import { caller, db, docs, loadApi } from './support/cloud-backend';
import { act, people, seedHall, type Api } from './support/hall';
import { createMiniProgram, type MiniProgram } from './support/mini-program';
import { dept, head, matter1, staffA, window1 } from '../support/fixtures';

jest.mock('wx-server-sdk', () => jest.requireActual('./support/cloud-backend').sdkDouble);
jest.setTimeout(60_000);

let main: Api;
let mp: MiniProgram;
const setCaller = (openid: string | null) => {
  caller.openid = openid;
};

beforeAll(async () => {
  main = await loadApi();
  await seedHall(await createCloudbaseStore(db as any));
  mp = createMiniProgram('dist/weapp', { callFunction: (_name, data) => main(data) });
});
afterAll(() => mp.close());

afterEach(() => {
  expect(mp.console.errors).toEqual([]);
  expect(mp.console.warnings).toEqual([]);
});

it('the window QR (scene) shows who is on duty, and a tap evaluates them', async () => {
  setCaller('o-resident-window');
  await mp.relaunch(`/pages/window/index?scene=${window1.id}`);
  await mp.waitForText(window1.name, '值班人员', `${staffA.name}（工号 ${staffA.number}）`, '请您评价本次服务');
  await mp.tap('基本满意');
  await mp.waitForText('您已评价：基本满意');
  const stored = docs('evaluations').filter((e: any) => e.windowId === window1.id && e.target === 'window');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ level: 3, staffId: staffA.id, departmentId: dept.id });
});

it('staff issue a card: the matter picked from the catalogue fills the form, and the card shows its QR', async () => {
  setCaller(staffA.openid!);
  await mp.relaunch('/staff/issue/index');
  await mp.waitForText('选择事项', '开具监督卡');
  // The first picker is 选择事项 (自行填写, then the catalogue): WeChat's wheel answers with the index picked.
  await mp.fire('wx-picker', 'change', { value: 1 }, 0);
  await mp.waitForText(matter1.name);
  // The catalogue filled the fields (input values are properties, not text).
  const values = mp.componentData('t-input').map((d) => d?.value);
  expect(values).toEqual(expect.arrayContaining([matter1.name, String(matter1.promisedDays)]));
  const before = docs('cards').length;
  await mp.tap('开具监督卡');
  await mp.waitForText('请群众扫码评价', '办事监督卡', matter1.name, '打印');
  expect(mp.current().route).toBe('staff/card/index');
  const cards = docs('cards');
  expect(cards).toHaveLength(before + 1);
  const card = cards.at(-1)!;
  expect(card).toMatchObject({ matter: matter1.name, matterId: matter1.id, matterType: matter1.type, promisedDays: matter1.promisedDays, staffId: staffA.id });
  expect(mp.current().query.id).toBe(card.id);
  // The QR is the card's own 小程序码 (or its URL QR), as an image the page shows.
  const image = mp.dom().querySelector('wx-image');
  expect(image).not.toBeNull();
  expect(mp.current().text()).toContain(`/c/${card.id}`);
});

it('the office opens 评价统计 and 评议报告 with this month’s figures', async () => {
  for (let i = 0; i < 6; i++) {
    const { cardId } = await act(main, setCaller, people.staff, 'card.issue', { matter: matter1.name, matterType: '承诺件', promisedDays: 5, matterId: matter1.id });
    await act(main, setCaller, `o-resident-stats-${i}`, 'evaluation.submit', { cardId, level: i === 0 ? 1 : 5 });
  }
  const total = docs('evaluations').length;
  setCaller(head.openid!);
  await mp.relaunch('/admin/stats/index');
  await mp.waitForText('评价数', '满意率', '部门满意率排名', dept.name);
  const stats = mp.current().text();
  expect(stats).toContain(`${total}评价数`);
  expect(stats).not.toContain('样本不足（少于 5 条）');

  await mp.relaunch('/admin/report/index');
  await mp.waitForText('服务评议报告', '一、总体情况', `本期共收到群众评价 ${total} 条`);
  expect(mp.current().text()).toContain('二、部门满意率排名');
});
