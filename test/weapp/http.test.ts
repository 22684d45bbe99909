/**
 * The self-hosted build (TRANSPORT=http, dist/weapp-http) in WeChat's engine: the same pages
 * calling the Node host over `wx.request` (Taro.request), signing in with `wx.login` through the
 * host's code2Session. A resident's tap is checked down to the PostgreSQL row (PGlite), and a
 * staff member — known by their bound WeChat account — answers from 投诉待办.
 */
import { existsSync, readFileSync } from 'node:fs';
import { openHttpBackend, type HttpBackend } from './support/http-backend';
import { createMiniProgram, type MiniProgram } from './support/mini-program';
import { seedHall } from './support/hall';
import { matter1, staffA, window1 } from '../support/fixtures';

jest.setTimeout(60_000);

const ROOT = 'dist/weapp-http';
let http: HttpBackend;
let mp: MiniProgram;

beforeAll(async () => {
  if (!existsSync(`${ROOT}/app.json`))
    throw new Error(`${ROOT} is missing: npm test builds it (OUTPUT_ROOT=${ROOT} TRANSPORT=http)`);
  http = await openHttpBackend();
  await seedHall(http.store);
  mp = createMiniProgram(ROOT, http.backend);
});
afterAll(async () => {
  mp?.close();
  await http?.close();
});
afterEach(() => {
  expect(mp.console.errors).toEqual([]);
  expect(mp.console.warnings).toEqual([]);
});

it('is the http build, without the dev pages', () => {
  const app = JSON.parse(readFileSync(`${ROOT}/app.json`, 'utf8'));
  expect(app.subPackages.map((p: { root: string }) => p.root)).toEqual(['complaint', 'staff', 'admin']);
  expect(readFileSync(`${ROOT}/common.js`, 'utf8')).toContain('https://pj.example.gov.cn');
});

it('staff sign in with wx.login, issue a card; a resident evaluates it with one tap, stored in PostgreSQL', async () => {
  http.caller.openid = staffA.openid!;
  await mp.relaunch('/staff/issue/index');
  await mp.waitForText('选择事项', '开具监督卡');
  expect(http.logins).toEqual([staffA.openid]);
  await mp.fire('wx-picker', 'change', { value: 1 }, 0);
  await mp.waitForText(matter1.name);
  await mp.tap('开具监督卡');
  await mp.waitForText('请群众扫码评价', matter1.name);
  const cardId = mp.current().query.id;
  const cards = await http.sql.query<{ staff_id: string }>('SELECT staff_id FROM cards WHERE id = $1', [cardId]);
  expect(cards).toEqual([{ staff_id: staffA.id }]);

  http.caller.openid = 'o-resident-http';
  await mp.relaunch(`/pages/card/index?scene=${cardId}`);
  await mp.waitForText('办事监督卡', matter1.name, '请您评价本次服务');
  await mp.tap('满意');
  await mp.waitForText('您已评价：满意');
  const rows = await http.sql.query<{ level: number; staff_id: string }>(
    'SELECT level, staff_id FROM evaluations WHERE card_id = $1',
    [cardId],
  );
  expect(rows.map((r) => ({ level: Number(r.level), staff: r.staff_id }))).toEqual([{ level: 4, staff: staffA.id }]);
  expect(http.logins).toEqual([staffA.openid, 'o-resident-http']);
});

it('a complaint from the window page reaches 投诉待办, is answered, and the resident rates the reply', async () => {
  http.caller.openid = 'o-resident-http-2';
  await mp.relaunch(`/complaint/new/index?windowId=${window1.id}`);
  await mp.waitForText('针对这个窗口的服务');
  await mp.tap('办事效率');
  await mp.type(0, '等了一个小时没有人叫号', 'textarea');
  await mp.tap('提交投诉');
  await mp.waitForText('投诉已提交');
  const [filed] = await http.sql.query<{ id: string; tracking_no: string; assignee_staff_id: string }>(
    'SELECT id, tracking_no, assignee_staff_id FROM complaints WHERE window_id = $1',
    [window1.id],
  );
  const [handler] = await http.sql.query<{ openid: string }>('SELECT openid FROM staff WHERE id = $1', [
    filed.assignee_staff_id,
  ]);

  http.caller.openid = handler.openid;
  await mp.relaunch('/staff/inbox/index');
  await mp.waitForText(filed.tracking_no, '还剩');
  await mp.tap(filed.tracking_no, { exact: false });
  await mp.waitForText('提交答复');
  await mp.type(0, '已增设叫号提醒，高峰期加开窗口', 'textarea');
  await mp.tap('提交答复');
  await mp.waitForText('已答复');

  http.caller.openid = 'o-resident-http-2';
  await mp.relaunch(`/complaint/detail/index?id=${filed.id}`);
  await mp.waitForText('已增设叫号提醒，高峰期加开窗口', '您对答复满意吗？');
  await mp.tap('基本满意');
  await mp.waitForText('对答复的评价：基本满意');
  const [closed] = await http.sql.query<{ status: string; rating: string }>(
    'SELECT status, rating FROM complaints WHERE id = $1',
    [filed.id],
  );
  expect(closed).toEqual({ status: 'closed', rating: 'basic' });
});
