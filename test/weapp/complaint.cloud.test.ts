/**
 * A complaint's whole cycle in the mini program (cloud build): the resident files it from the
 * card, the handler finds it in 投诉待办 and replies, the resident reads the reply in 我的投诉
 * and rates it — each step by taps and typing, each checked in the stored documents. Also the
 * privacy consent before the first privacy API, and the subscribe-message top-up.
 */
import { docs } from './support/cloud-backend';
import { cloudSuite } from './support/cloud-suite';
import { people, TEMPLATE_IDS } from './support/hall';
import { head, matter1, staffA, window1 } from '../support/fixtures';

jest.mock('wx-server-sdk', () => jest.requireActual('./support/cloud-backend').sdkDouble);
jest.setTimeout(60_000);

const suite = cloudSuite();
const RESIDENT = 'o-resident-complains';

it('files from the card, is answered from 投诉待办, and the resident rates the reply', async () => {
  const { cardId } = await suite.act(people.staff, 'card.issue', {
    matter: matter1.name,
    matterType: '承诺件',
    promisedDays: 5,
    matterId: matter1.id,
    windowId: window1.id,
  });

  suite.setCaller(RESIDENT);
  await suite.mp.relaunch(`/pages/card/index?id=${cardId}`);
  await suite.mp.waitForText('对办理不满意？');
  await suite.mp.tap('我要投诉');
  await suite.mp.waitForText('针对这张办事监督卡的办理', '投诉类别');
  expect(suite.mp.current().route).toBe('complaint/new/index');

  // An empty submit shows the form's own errors and calls nothing.
  const callsBefore = suite.mp.wx.record.calls.length;
  await suite.mp.tap('提交投诉');
  await suite.mp.waitForText('请选择投诉类别', '请至少写 5 个字');
  expect(suite.mp.wx.record.calls.slice(callsBefore).map((c) => c.action)).toEqual([]);
  expect(docs('complaints')).toHaveLength(0);

  await suite.mp.tap('服务态度');
  await suite.mp.type(0, '窗口人员态度生硬，不解释材料要求', 'textarea');
  await suite.mp.type(0, '13812341234', 'input');
  await suite.mp.tap('提交投诉');
  await suite.mp.waitForText('投诉已提交', '投诉编号');
  const [stored] = docs('complaints');
  expect(stored).toMatchObject({
    cardId,
    category: '服务态度',
    content: '窗口人员态度生硬，不解释材料要求',
    status: 'pending',
    contactPhone: '13812341234',
  });
  // Routed to the head of 王丽's department, never to 王丽 herself; the resident is told by role.
  expect(stored.assigneeStaffId).toBe(head.id);
  expect(suite.mp.current().text()).toContain('已交由 不动产登记科 负责人 办理');
  expect(JSON.stringify(stored)).not.toContain(RESIDENT);
  // 答复后微信通知我: the resident's one template, asked by a tap.
  await suite.mp.tap('答复后微信通知我');
  expect(suite.mp.wx.record.subscribeRequests.at(-1)).toEqual([TEMPLATE_IDS.caseReplied]);

  // 王丽, whom it is about, has nothing in 投诉待办.
  suite.setCaller(staffA.openid!);
  await suite.mp.relaunch('/staff/inbox/index');
  await suite.mp.waitForText('待回复 0');
  expect(suite.mp.current().text()).not.toContain(stored.trackingNo);

  // The handler the case was routed to: 投诉待办 with its countdown, then the case.
  const handler = docs('staff').find((s: any) => (s._id ?? s.id) === stored.assigneeStaffId);
  suite.setCaller(handler.openid);
  await suite.mp.relaunch('/staff/inbox/index');
  await suite.mp.waitForText('待回复 1', stored.trackingNo, '还剩');
  await suite.mp.tap(stored.trackingNo, { exact: false });
  await suite.mp.waitForText(`投诉编号 ${stored.trackingNo}`, '提交答复');
  expect(suite.mp.current().route).toBe('staff/case/index');

  // The head asks 王丽 for a statement; she reads what was said — no tracking number, no phone — and answers.
  await suite.mp.tap('请被投诉人说明情况');
  await suite.mp.waitForText(`请 ${staffA.name} 说明情况`);
  suite.setCaller(staffA.openid!);
  await suite.mp.relaunch(`/staff/case/index?id=${stored.id ?? stored._id}`);
  await suite.mp.waitForText('请说明情况', '窗口人员态度生硬，不解释材料要求', '提交情况说明');
  expect(suite.mp.current().text()).not.toMatch(new RegExp(`${stored.trackingNo}|138|1234|提交答复`));
  await suite.mp.type(0, '当天叫号系统故障，我解释得不够耐心，已改进', 'textarea');
  await suite.mp.tap('提交情况说明');
  await suite.mp.waitForText(`${staffA.name} 的情况说明：当天叫号系统故障，我解释得不够耐心，已改进`);

  suite.setCaller(handler.openid);
  await suite.mp.relaunch(`/staff/case/index?id=${stored.id ?? stored._id}`);
  await suite.mp.waitForText(`${staffA.name} 的情况说明`, '提交答复');
  await suite.mp.type(0, '已核实，已对窗口人员批评教育，材料清单已张贴', 'textarea');
  await suite.mp.tap('提交答复');
  await suite.mp.waitForText('已答复');
  expect(docs('complaints')[0]).toMatchObject({
    status: 'replied',
    reply: expect.objectContaining({
      content: '已核实，已对窗口人员批评教育，材料清单已张贴',
      byStaffId: handler._id ?? handler.id,
    }),
  });

  // The resident: 我的投诉 → the case with the reply → 满意.
  suite.setCaller(RESIDENT);
  await suite.mp.relaunch('/complaint/list/index');
  await suite.mp.waitForText(stored.trackingNo);
  await suite.mp.tap(stored.trackingNo, { exact: false });
  await suite.mp.waitForText('已核实，已对窗口人员批评教育，材料清单已张贴', '您对答复满意吗？');
  await suite.mp.tap('满意');
  await suite.mp.waitForText('对答复的评价：满意');
  expect(docs('complaints')[0]).toMatchObject({ rating: 'satisfied', status: 'closed' });

  // A reply notice sent before the complaint pages moved to their subpackage opens the old path:
  // the app redirects it to the case.
  await suite.mp.relaunch(`/pages/complaint/index?id=${stored.id ?? stored._id}`, { samePhone: true });
  await suite.mp.waitForText(`投诉编号 ${stored.trackingNo}`, '对答复的评价：满意');
  expect(suite.mp.current().route).toBe('complaint/detail/index');
});

it('asks for privacy consent before choosing photos, and chooses them after 同意', async () => {
  suite.setCaller('o-resident-photos');
  await suite.mp.relaunch(`/complaint/new/index?windowId=${window1.id}`);
  await suite.mp.waitForText('添加照片');
  await suite.mp.tap('添加照片', { exact: false });
  await suite.mp.waitForText('温馨提示', '《用户隐私保护指引》');
  expect(suite.mp.wx.record.privacyPrompts).toBe(1);
  expect(suite.mp.wx.record.chooseMedia).toBe(0);
  // The native open-type="agreePrivacyAuthorization" button: WeChat fires this event on it.
  await suite.mp.fire({ text: '同意', tag: 'wx-button' }, 'agreeprivacyauthorization');
  await suite.mp.settle();
  expect(suite.mp.wx.record.chooseMedia).toBe(1);
  // WeChat lets the call through only for the id of the open-type button that was tapped.
  expect(suite.mp.wx.record.privacyAnswers).toEqual([{ event: 'agree', buttonId: 'privacy-agree' }]);
  expect(suite.mp.current().text()).not.toContain('温馨提示');
});

it('接收提醒 asks WeChat for the configured staff templates', async () => {
  suite.setCaller(staffA.openid!);
  await suite.mp.relaunch('/staff/inbox/index');
  await suite.mp.waitForText('接收提醒');
  const before = suite.mp.wx.record.subscribeRequests.length;
  await suite.mp.tap('接收提醒');
  expect(suite.mp.wx.record.subscribeRequests.slice(before)).toEqual([[TEMPLATE_IDS.caseNew, TEMPLATE_IDS.caseRemind]]);
  expect(suite.mp.wx.record.toasts.at(-1)).toBe('已开启 2 项提醒');
});
