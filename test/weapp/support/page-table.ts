/**
 * Every page of the built mini program (main package and every subpackage of app.json) opened
 * by each role — resident, staff, department head, admin — over a hall with data: the page
 * renders its main content, or, for a role that may not see it, the app's own refusal (the staff
 * gate); and the page logs no error or warning. The build is the production one: no dev pages.
 * Two suites share this table (pages.*.cloud.test.ts), two roles each, so jest runs them side by
 * side; each suite must `jest.mock('wx-server-sdk', …)` itself (the mock is hoisted per file).
 *
 * Not proven here (see resident.cloud.test.ts): layout and visuals, native components beyond
 * stubs, the 3.x base library, bridge latency and setData limits, the real wx APIs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createCloudbaseStore } from '../../../server/adapters/store-cloudbase/cloudbase-store';
import { caller, db, loadApi } from './cloud-backend';
import { people, seedActivity, seedHall, head2, type HallData, type Who } from './hall';
import { createMiniProgram, type MiniProgram } from './mini-program';
import { dept, head, matter1, staffA, window1 } from '../../support/fixtures';

const ROOT = 'dist/weapp';
const GATE = {
  staff: '请以工作人员身份登录',
  head: '请以部门负责人或管理员身份登录',
  admin: '请以管理员身份登录',
} as const;

type Audience = 'everyone' | keyof typeof GATE;
interface PageCase {
  audience: Audience;
  query?: (d: HallData) => string;
  /** What the page shows each role that may see it (every string must be there). */
  shows: (who: Who, d: HallData) => string[];
  /** What it must not show that role. */
  hides?: (who: Who, d: HallData) => string[];
}

const PROBLEM = '材料清单不清楚，群众多次往返';
const COMPLAINT = '窗口人员态度生硬，不解释材料要求';
const name = { staff: staffA.name, head: head2.name, admin: head.name } as const;

/** Keyed by route; the test fails if app.json has a page this table does not know. */
const PAGES: Record<string, PageCase> = {
  'pages/index/index': {
    audience: 'everyone',
    shows: () => ['扫码评价', '我的评价', '我的投诉', '工作人员入口'],
    hides: () => ['切换演示身份'],
  },
  'pages/card/index': {
    audience: 'everyone',
    query: (d) => `scene=${d.cardId}`,
    shows: () => ['办事监督卡', matter1.name, `${staffA.name}（工号 ${staffA.number}）`, '监督电话'],
  },
  'pages/window/index': {
    audience: 'everyone',
    query: (d) => `id=${d.windowId}`,
    shows: () => [window1.name, '值班人员', staffA.name],
  },
  'pages/mine/index': {
    audience: 'everyone',
    shows: (who) => (who === 'resident' ? [matter1.name, '满意'] : ['还没有评价记录']),
  },
  'complaint/new/index': { audience: 'everyone', shows: () => ['投诉部门', '投诉类别', '提交投诉'] },
  'complaint/list/index': {
    audience: 'everyone',
    shows: (who, d) => (who === 'resident' ? [d.trackingNo, '服务态度'] : ['还没有投诉记录']),
  },
  'complaint/detail/index': {
    audience: 'everyone',
    query: (d) => `id=${d.complaintId}`,
    // The complainant's page. It went to 不动产登记科's head (the admin here): 王丽, whom it is
    // about, and the head of another department are told it does not exist.
    shows: (who, d) =>
      who === 'resident'
        ? [`投诉编号 ${d.trackingNo}`, COMPLAINT, `由 ${dept.name} 负责人 办理`, '办理进度']
        : who === 'admin'
          ? [d.trackingNo]
          : ['未找到该投诉'],
    hides: (who) => (who === 'staff' || who === 'head' ? [COMPLAINT] : []),
  },
  'pages/messages/index': {
    audience: 'everyone',
    shows: (who) => (who === 'admin' ? ['新投诉待处理', COMPLAINT, '新的整改任务'] : ['暂无消息']),
  },
  'pages/results/index': { audience: 'everyone', shows: () => ['评议结果暂未公布'] },
  'staff/home/index': {
    audience: 'staff',
    shows: (who) => [
      name[who as keyof typeof name],
      '开具监督卡',
      '投诉待办',
      ...(who === 'staff' ? ['我开具的监督卡', matter1.name] : []),
      ...(who === 'admin' ? ['组织架构', '评议报告'] : []),
    ],
    hides: (who) => (who === 'staff' ? ['组织架构', '年度考核'] : who === 'head' ? ['组织架构'] : []),
  },
  'staff/issue/index': { audience: 'staff', shows: () => ['选择事项', '事项类型', '承诺天数', '开具监督卡'] },
  'staff/card/index': {
    audience: 'staff',
    query: (d) => `id=${d.cardId}`,
    shows: (who, d) =>
      who === 'head'
        ? ['未找到该监督卡']
        : ['请群众扫码评价', `/c/${d.cardId}`, matter1.name, '打印', '办理记录', '办结', '一次性告知补正'],
    hides: (who) => (who === 'head' ? [matter1.name, '请群众扫码评价'] : []),
  },
  'staff/overdue/index': {
    audience: 'staff',
    shows: () => ['超期监督卡', '已超过承诺时限仍未办结的监督卡'],
  },
  'staff/print/index': {
    audience: 'staff',
    query: (d) => `id=${d.cardId}`,
    shows: (who) =>
      who === 'head'
        ? ['未找到该监督卡']
        : ['办事监督卡', '填发人', `${staffA.name}（工号 ${staffA.number}）`, '扫码评价'],
    hides: (who) => (who === 'head' ? [matter1.name] : []),
  },
  // The person complained about (王丽) never sees the case; the head who handles it does.
  'staff/inbox/index': {
    audience: 'staff',
    shows: (who, d) => (who === 'admin' ? ['待回复 1', d.trackingNo, '还剩'] : ['待回复 0', '没有待回复的投诉']),
  },
  'staff/case/index': {
    audience: 'staff',
    query: (d) => `id=${d.complaintId}`,
    shows: (who, d) =>
      who === 'admin' ? [`投诉编号 ${d.trackingNo}`, COMPLAINT, '提交答复', '不予受理'] : ['未找到该投诉或无权查看'],
    hides: (who) => (who === 'admin' ? [] : [COMPLAINT]),
  },
  // A 差评 of staff A's card: the head (an admin here) follows it up; staff A never sees it.
  'staff/followups/index': {
    audience: 'staff',
    shows: (who) => (who === 'admin' ? ['待回访 1', `非常不满意 · ${matter1.name}`] : ['待回访 0', '没有待回访的差评']),
    hides: (who) => (who === 'admin' ? [] : [`非常不满意 · ${matter1.name}`]),
  },
  'staff/followup/index': {
    audience: 'staff',
    query: (d) => `id=${d.followupId}`,
    shows: (who) =>
      who === 'admin' ? ['问了三遍才告诉我缺什么材料', '记录回访', '提交回访记录'] : ['未找到该回访或无权查看'],
    hides: (who) => (who === 'admin' ? [] : ['问了三遍才告诉我缺什么材料']),
  },
  'staff/appeals/index': {
    audience: 'staff',
    shows: (who) =>
      who === 'admin' ? ['由评议办在 7 日内复核', '待复核', '没有申诉'] : ['这里是您提出的申诉', '没有申诉'],
  },
  'admin/ladder/index': { audience: 'admin', shows: () => ['逾期天数', '催办办理人', '通报评议办', '保存'] },
  'staff/bind/index': { audience: 'everyone', shows: () => ['绑定工作人员身份', '绑定码'] },
  'staff/login/index': { audience: 'everyone', shows: () => ['工作人员登录', '在微信中使用时，无需登录'] },
  'admin/org/index': {
    audience: 'admin',
    shows: () => ['部门（2）', dept.name, window1.name, `${staffA.name}（工号 ${staffA.number}）`, matter1.name],
  },
  'admin/stats/index': {
    audience: 'staff',
    shows: (who) => [
      '评价数',
      '满意率',
      '投诉数',
      ...(who === 'staff' ? ['本人'] : who === 'head' ? [`${head2.name}（${head2.number}）`] : ['部门满意率排名']),
    ],
  },
  'admin/windows/index': { audience: 'admin', shows: () => [window1.name, dept.name, '评价匿名，一点即可完成'] },
  'admin/rectifications/index': {
    audience: 'staff',
    shows: (who) => (who === 'admin' ? [PROBLEM, '整改中', '下发整改'] : ['暂无整改事项']),
  },
  'admin/rectification/index': {
    audience: 'staff',
    query: (d) => `id=${d.rectificationId}`,
    shows: (who) => (who === 'admin' ? [PROBLEM, '责任部门', dept.name, '整改记录'] : ['未找到该整改事项']),
  },
  'admin/rectification-new/index': { audience: 'admin', shows: () => ['问题来源', '责任部门', '整改期限', '下发整改'] },
  'admin/assessment/index': {
    audience: 'head',
    shows: (who) => ['考核结果', '导出考核表', ...(who === 'admin' ? ['考核范围', staffA.name] : [])],
    hides: (who) => (who === 'head' ? ['考核范围', staffA.name] : []),
  },
  'admin/accountability/index': {
    audience: 'staff',
    shows: (who) => (who === 'admin' ? ['记录责任追究', '被追究人'] : ['本年度无责任追究记录']),
  },
  'admin/org-edit/index': {
    audience: 'admin',
    query: () => 'kind=department',
    shows: () => ['部门名称', '监督电话', '保存部门'],
  },
  'admin/report/index': {
    audience: 'admin',
    shows: () => ['服务评议报告', '一、总体情况', '二、部门满意率排名', dept.name],
  },
  'admin/moderation/index': { audience: 'admin', shows: () => ['没有待查看的内容'] },
  'admin/audit/index': {
    audience: 'admin',
    shows: () => ['类型', '操作人', '开始日期', '操作记录只能查看，任何人都不能修改或删除'],
  },
};

const mayEnter = (audience: Audience, who: Who) =>
  audience === 'everyone' ||
  (who !== 'resident' && (audience === 'staff' || (audience === 'head' ? who !== 'staff' : who === 'admin')));

const app = JSON.parse(readFileSync(`${ROOT}/app.json`, 'utf8'));
const routes: string[] = [
  ...app.pages,
  ...app.subPackages.flatMap((p: { root: string; pages: string[] }) => p.pages.map((x) => `${p.root}/${x}`)),
];

/** Declares the suite for these roles (one fresh launch of the mini program per role). */
export function describePages(roles: Who[], { checkBuild = false } = {}) {
  let mp: MiniProgram;
  let data: HallData;

  beforeAll(async () => {
    const main = await loadApi();
    await seedHall(await createCloudbaseStore(db as any));
    data = await seedActivity(main, (o) => {
      caller.openid = o;
    });
    mp = createMiniProgram(ROOT, { callFunction: (_name, d) => main(d) });
  });
  afterAll(() => mp?.close());

  if (checkBuild)
    it('the production build leaves the dev subpackage (identity switcher) out', () => {
      expect(app.subPackages.map((p: { root: string }) => p.root)).toEqual(['complaint', 'staff', 'admin']);
      expect(routes.some((r) => r.startsWith('dev/'))).toBe(false);
      expect(existsSync(`${ROOT}/dev`)).toBe(false);
    });

  if (checkBuild)
    it('the table covers every page of app.json', () => {
      expect(routes.filter((r) => !PAGES[r])).toEqual([]);
      expect(Object.keys(PAGES).filter((r) => !routes.includes(r))).toEqual([]);
    });

  describe.each(roles)('as %s', (who) => {
    beforeAll(async () => {
      caller.openid = people[who];
      // One WeChat user per launch: a fresh start of the mini program for each role.
      await mp.relaunch('/pages/index/index');
    });

    it.each(routes)('%s', async (route) => {
      const page = PAGES[route];
      const query = page.query?.(data);
      const logged = mp.console.errors.length + mp.console.warnings.length;
      await mp.open(`/${route}${query ? `?${query}` : ''}`, 'reLaunch');
      const allowed = mayEnter(page.audience, who);
      const expected = allowed ? page.shows(who, data) : [GATE[page.audience as keyof typeof GATE]];
      const text = await mp.waitForText(...expected);
      if (allowed) for (const hidden of page.hides?.(who, data) ?? []) expect(text).not.toContain(hidden);
      else {
        // The refusal alone: no half-rendered page under it.
        expect(text).not.toContain(matter1.name);
        expect(text).not.toContain('您没有权限进行此操作');
      }
      expect([...mp.console.errors, ...mp.console.warnings].slice(logged)).toEqual([]);
    });
  });
}
