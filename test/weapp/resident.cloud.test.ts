/**
 * A resident in the mini program (cloud build, dist/weapp): every tap goes through the real
 * bindings (t-button's tap, Taro's event handler, React) to `wx.cloud.callFunction`, answered by
 * the deployed `api` bundle over the CloudBase stand-in — so each step is checked down to the
 * stored document.
 *
 * Mutation check (tried once, 2026-12-01, not kept): both mutants pass the official compilers
 * and miniprogram-ci (`npm run check:weapp`) and fail this suite —
 * - `t-button` removed from dist/weapp/pages/card/index.json's usingComponents: the level
 *   buttons render as nothing, "您已评价" never appears (and the complaint cycle fails too);
 * - `onTap` renamed to `onClick` in src/ui/Button/index.weapp.tsx: the buttons render, a tap does
 *   nothing, no evaluation is stored.
 *
 * What this layer does not prove, compared with real WeChat: native components (view, input,
 * picker, image, button) are empty stubs whose events are synthesized; there is no layout or
 * rendering (nothing about sizes, overlap or visibility); exparser 2.29.1 is not the 3.x base
 * library (glass-easel, Skyline); one thread, so no bridge latency and no setData size limit; every
 * wx API is a test double (support/wx-double.ts: navigation carried out by the driver, storage in
 * memory, privacy and subscribe prompts answered as the test says); the base library version.
 */
import { docs } from './support/cloud-backend';
import { cloudSuite } from './support/cloud-suite';
import { people } from './support/hall';
import { matter1, staffA, window1 } from '../support/fixtures';

jest.mock('wx-server-sdk', () => jest.requireActual('./support/cloud-backend').sdkDouble);
jest.setTimeout(60_000);

const suite = cloudSuite();
const issueCard = () =>
  suite.act(people.staff, 'card.issue', {
    matter: matter1.name,
    matterType: '承诺件',
    promisedDays: 5,
    matterId: matter1.id,
    windowId: window1.id,
  });

it('a 小程序码 (scene) opens the card; 满意 is one tap and stored; details, 暂不补充, then 修改或补充评价', async () => {
  const { cardId } = await issueCard();
  suite.setCaller('o-resident-scene');
  await suite.mp.relaunch(`/pages/card/index?scene=${encodeURIComponent(cardId)}`);
  await suite.mp.waitForText('办事监督卡', matter1.name, staffA.name, '请您评价本次服务');

  await suite.mp.tap('满意');
  await suite.mp.waitForText('您已评价：满意');
  const stored = docs('evaluations').filter((e: any) => e.cardId === cardId);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ level: 4, staffId: staffA.id, target: 'card' });
  expect(JSON.stringify(stored)).not.toContain('o-resident-scene');
  expect(suite.mp.wx.record.toasts).toContain('评价成功');

  // The details form opens after the tap; 暂不补充 closes it and leaves 修改或补充评价.
  await suite.mp.waitForText('值得肯定的地方', '暂不补充');
  await suite.mp.tap('暂不补充');
  await suite.mp.waitForText('修改或补充评价');
  expect(suite.mp.current().text()).not.toContain('暂不补充');

  await suite.mp.tap('修改或补充评价');
  await suite.mp.waitForText('值得肯定的地方', '热情周到', '提交');
  await suite.mp.tap('热情周到');
  await suite.mp.type(0, '材料一次说清楚，谢谢', 'textarea');
  await suite.mp.tap('提交');
  await suite.mp.waitForText('您已评价：满意', '修改或补充评价');
  const amended = docs('evaluations').find((e: any) => e.cardId === cardId);
  expect(amended.comment).toBe('材料一次说清楚，谢谢');
  expect(amended.tags).toEqual(['热情周到']);
  expect(suite.mp.console.errors).toEqual([]);
  expect(suite.mp.console.warnings).toEqual([]);
});

it('a plain-URL QR (q) opens the same card page', async () => {
  const { cardId, url } = await issueCard();
  suite.setCaller('o-resident-q');
  await suite.mp.relaunch(`/pages/card/index?q=${encodeURIComponent(url)}`);
  await suite.mp.waitForText('办事监督卡', matter1.name, '请您评价本次服务');
  await suite.mp.tap('非常满意');
  await suite.mp.waitForText('您已评价：非常满意');
  expect(
    docs('evaluations')
      .filter((e: any) => e.cardId === cardId)
      .map((e: any) => e.level),
  ).toEqual([5]);
});
