/**
 * The 用户隐私保护指引 must declare every WeChat privacy API the mini program calls (an undeclared
 * one is disabled by WeChat, a declared unused one fails the code review). This scans src/ for
 * every interface and component in WeChat's table and checks that what the code uses is exactly
 * src/privacy/privacy-apis.ts, and that docs/privacy.md declares each. It also checks the
 * consent store the popup runs on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { answerConsent, requestConsent, watchConsent, type ResolveOption } from '../../src/privacy/consent';
import { PRIVACY_APIS } from '../../src/privacy/privacy-apis';
import { tdesign } from '../../src/ui/tdesign';

const root = join(__dirname, '..', '..');

/** A call of wx.<name> through Taro or wx: `Taro.x(`, `wx.x(`, `Taro['x'](`. */
const call = (name: string) =>
  new RegExp(`\\b(?:Taro|wx)\\s*(?:\\.\\s*${name}|\\[\\s*['"\`]${name}['"\`]\\s*\\])\\s*\\(`);
const scope = (name: string) => new RegExp(`['"\`]scope\\.${name}['"\`]`);
const openType = (names: string) =>
  new RegExp(`open-?[tT]ype\\s*=\\s*\\{?\\s*['"\`](?:[^'"\`]*\\|)?(?:${names})(?:\\|[^'"\`]*)?['"\`]`);
const tag = (jsx: string, wxml: string) => new RegExp(`<(?:${jsx}|${wxml})[\\s/>]`);

/**
 * WeChat's table 「隐私接口与对应的处理的信息关系」, every row, in its order and spelling, from
 * 《小程序用户隐私保护指引内容介绍》:
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 * (rows marked 已回收 there are kept: the guide still lists them).
 */
const WECHAT_TABLE: Record<string, [api: string, pattern: RegExp][]> = {
  '收集你的昵称、头像': [
    ['<button open-type="chooseAvatar">', openType('chooseAvatar')],
    ['<input type="nickname">', /\btype\s*=\s*\{?\s*['"`]nickname['"`]/],
    ['wx.getUserInfo', call('getUserInfo')],
    ['wx.getUserProfile', call('getUserProfile')],
    ['<button open-type="userInfo">', openType('userInfo|getUserInfo')],
  ],
  收集你的位置信息: [
    ["wx.authorize({scope:'scope.userLocation'})", scope('userLocation')],
    ["wx.authorize({scope: 'scope.userLocationBackground'})", scope('userLocationBackground')],
    ["wx.authorize({scope: 'scope.userFuzzyLocation'})", scope('userFuzzyLocation')],
    ['wx.getLocation', call('getLocation')],
    ['wx.startLocationUpdate', call('startLocationUpdate')],
    ['wx.startLocationUpdateBackground', call('startLocationUpdateBackground')],
    ['wx.getFuzzyLocation', call('getFuzzyLocation')],
    ['MapContext.moveToLocation', /\.moveToLocation\s*\(/],
  ],
  收集你选择的位置信息: [
    ['wx.choosePoi', call('choosePoi')],
    ['wx.chooseLocation', call('chooseLocation')],
  ],
  收集你的地址: [['wx.chooseAddress', call('chooseAddress')]],
  收集你的发票信息: [
    ['wx.chooseInvoiceTitle', call('chooseInvoiceTitle')],
    ['wx.chooseInvoice', call('chooseInvoice')],
  ],
  收集你的微信运动步数: [
    ["wx.authorize({scope: 'scope.werun'})", scope('werun')],
    ['wx.getWeRunData', call('getWeRunData')],
  ],
  收集你的手机号: [
    ['<button open-type="getPhoneNumber">', openType('getPhoneNumber')],
    ['<button open-type="getRealtimePhoneNumber">', openType('getRealtimePhoneNumber')],
  ],
  收集你的车牌号: [['wx.chooseLicensePlate', call('chooseLicensePlate')]],
  收集你选中的照片或视频信息: [
    ['wx.chooseImage', call('chooseImage')],
    ['wx.chooseMedia', call('chooseMedia')],
    ['wx.chooseVideo', call('chooseVideo')],
  ],
  收集你选中的文件: [['wx.chooseMessageFile', call('chooseMessageFile')]],
  访问你的麦克风: [
    ["wx.authorize({scope: 'scope.record'})", scope('record')],
    ['wx.startRecord', call('startRecord')],
    ['RecorderManager.start', call('getRecorderManager')],
    ['<live-pusher>', tag('LivePusher', 'live-pusher')],
    ['wx.joinVoIPChat', call('joinVoIPChat')],
  ],
  访问你的摄像头: [
    ["wx.authorize({scope: 'scope.camera'})", scope('camera')],
    ['wx.createVKSession', call('createVKSession')],
    ['<camera>', tag('Camera', 'camera')],
    ['<voip-room>', tag('VoipRoom', 'voip-room')],
  ],
  访问你的蓝牙: [
    ["wx.authorize({scope: 'scope.bluetooth'})", scope('bluetooth')],
    ['wx.openBluetoothAdapter', call('openBluetoothAdapter')],
    ['wx.createBLEPeripheralServer', call('createBLEPeripheralServer')],
  ],
  '使用你的相册（仅写入）权限': [
    ["wx.authorize({scope: 'scope.writePhotosAlbum'})", scope('writePhotosAlbum')],
    ['wx.saveImageToPhotosAlbum', call('saveImageToPhotosAlbum')],
    ['wx.saveVideoToPhotosAlbum', call('saveVideoToPhotosAlbum')],
  ],
  '使用你的通讯录（仅写入）权限': [
    ["wx.authorize({scope: 'scope.addPhoneContact'})", scope('addPhoneContact')],
    ['wx.addPhoneContact', call('addPhoneContact')],
  ],
  '使用你的日历（仅写入）权限': [
    ["wx.authorize({scope: 'scope.addPhoneCalendar'})", scope('addPhoneCalendar')],
    ['wx.addPhoneRepeatCalendar', call('addPhoneRepeatCalendar')],
    ['wx.addPhoneCalendar', call('addPhoneCalendar')],
  ],
  调用你的加速传感器: [['wx.startAccelerometer', call('startAccelerometer')]],
  调用你的磁场传感器: [['wx.startCompass', call('startCompass')]],
  调用你的方向传感器: [['wx.startDeviceMotionListening', call('startDeviceMotionListening')]],
  调用你的陀螺仪传感器: [['wx.startGyroscope', call('startGyroscope')]],
  读取你的剪切板: [
    ['wx.setClipboardData', call('setClipboardData')],
    ['wx.getClipboardData', call('getClipboardData')],
  ],
};

const ROWS = Object.entries(WECHAT_TABLE).flatMap(([info, apis]) =>
  apis.map(([api, pattern]) => ({ info, api, pattern })),
);

/** Comments may name an API without calling it (a `//` after `:` is a URL, not a comment). */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** Named imports from @tarojs/taro call the API without `Taro.`: `import { getLocation } from …`. */
function namedTaroImports(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/import\s*(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*['"]@tarojs\/taro['"]/g)) {
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names;
}

/** The privacy APIs one source file uses. */
function apisIn(code: string): Set<string> {
  const text = stripComments(code);
  const imported = new Set(namedTaroImports(text));
  const used = new Set<string>();
  for (const { api, pattern } of ROWS) {
    const wxName = /^wx\.(\w+)$/.exec(api)?.[1];
    if (pattern.test(text) || (wxName && imported.has(wxName))) used.add(api);
  }
  return used;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every privacy API used anywhere under src/, with the files that use it. */
function scanSrc(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of filesUnder(join(root, 'src')).filter((f) => /\.(tsx?|jsx?|mjs|cjs|wxml|html)$/.test(f))) {
    for (const api of apisIn(readFileSync(file, 'utf8')))
      found.set(api, [...(found.get(api) ?? []), relative(root, file)]);
  }
  return found;
}

const declared = PRIVACY_APIS.map((p) => p.api).sort();

describe('the scanner', () => {
  it('finds a privacy API however it is called, and ignores comments and non-privacy calls', () => {
    expect([...apisIn("void Taro.getLocation({ type: 'gcj02' });")]).toEqual(['wx.getLocation']);
    expect([...apisIn("wx.setClipboardData({ data: 'x' })")]).toEqual(['wx.setClipboardData']);
    expect([...apisIn("import Taro, { chooseImage } from '@tarojs/taro';")]).toEqual(['wx.chooseImage']);
    expect([...apisIn("Taro['chooseVideo']({})")]).toEqual(['wx.chooseVideo']);
    expect([...apisIn('<Button openType="getPhoneNumber" onGetPhoneNumber={f}>手机号</Button>')]).toEqual([
      '<button open-type="getPhoneNumber">',
    ]);
    expect([...apisIn("Taro.authorize({ scope: 'scope.camera' })")]).toEqual(["wx.authorize({scope: 'scope.camera'})"]);
    expect([...apisIn('<Camera devicePosition="back" />')]).toEqual(['<camera>']);
    expect([
      ...apisIn('// Taro.getLocation() would need the 指引\n/* wx.chooseImage() */ const url = "https://x.example/a";'),
    ]).toEqual([]);
    expect([
      ...apisIn("Taro.scanCode({}); Taro.makePhoneCall({ phoneNumber: '1' }); Taro.openPrivacyContract();"),
    ]).toEqual([]);
    expect([...apisIn('<Button openType="agreePrivacyAuthorization">同意</Button>')]).toEqual([]);
  });
});

describe('用户隐私保护指引 ↔ code', () => {
  const used = scanSrc();

  it('the privacy APIs used under src/ are exactly PRIVACY_APIS', () => {
    const where = Object.fromEntries([...used].map(([api, files]) => [api, files]));
    expect({ used: [...used.keys()].sort(), where }).toEqual({ used: declared, where: expect.anything() });
  });

  it('each declared API is spelled as in WeChat’s table, with its row and a purpose', () => {
    for (const p of PRIVACY_APIS) {
      const row = ROWS.find((r) => r.api === p.api);
      expect({ api: p.api, info: row?.info }).toEqual({ api: p.api, info: p.info });
      expect(p.purpose.length).toBeGreaterThan(5);
    }
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('docs/privacy.md declares each API with its information item and purpose', () => {
    const doc = readFileSync(join(root, 'docs', 'privacy.md'), 'utf8');
    for (const p of PRIVACY_APIS) {
      expect({ api: p.api, mentioned: doc.includes(p.api) }).toEqual({ api: p.api, mentioned: true });
      expect({ info: p.info, mentioned: doc.includes(p.info) }).toEqual({ info: p.info, mentioned: true });
      expect({ purpose: p.purpose, mentioned: doc.includes(p.purpose) }).toEqual({
        purpose: p.purpose,
        mentioned: true,
      });
    }
  });

  it('no TDesign component in the weapp kit calls an undeclared privacy API', () => {
    const dist = join(root, 'node_modules', 'tdesign-miniprogram', 'miniprogram_dist');
    const extra: string[] = [];
    for (const path of Object.values(tdesign)) {
      const dir = join(root, 'node_modules', path.split('/').slice(0, -1).join('/'));
      expect(existsSync(dir) && dir.startsWith(dist)).toBe(true);
      for (const file of filesUnder(dir).filter((f) => /\.(js|wxml)$/.test(f))) {
        for (const api of apisIn(readFileSync(file, 'utf8')))
          if (!declared.includes(api)) extra.push(`${relative(dist, file)}: ${api}`);
      }
    }
    expect(extra).toEqual([]);
  });

  it('the weapp build registers the consent listener at launch and shows the agree button', () => {
    expect(readFileSync(join(root, 'src', 'app.tsx'), 'utf8')).toMatch(/useLaunch\([\s\S]*registerPrivacyConsent\(\)/);
    expect(readFileSync(join(root, 'src', 'privacy', 'register.weapp.ts'), 'utf8')).toMatch(
      /Taro\.onNeedPrivacyAuthorization\(/,
    );
    const popup = readFileSync(join(root, 'src', 'components', 'PrivacyPopup', 'index.weapp.tsx'), 'utf8');
    expect(popup).toMatch(/openType="agreePrivacyAuthorization"/);
    expect(popup).toMatch(/Taro\.openPrivacyContract\(/);
    expect(readFileSync(join(root, 'src', 'components', 'PageShell', 'index.tsx'), 'utf8')).toMatch(
      /<PrivacyPopup \/>/,
    );
  });
});

describe('consent store', () => {
  const calls = () => {
    const seen: ResolveOption[] = [];
    return { seen, resolve: (o: ResolveOption) => void seen.push(o) };
  };

  it('refuses at once when no popup is on screen, so the held call cannot hang', () => {
    const c = calls();
    requestConsent(c.resolve, 'chooseMedia');
    expect(c.seen).toEqual([{ event: 'disagree' }]);
  });

  it('shows the popup, reports the exposure, and releases every held call with the answer', () => {
    const shown: (string | null)[] = [];
    const stop = watchConsent((r) => shown.push(r ? r.referrer : null));
    const a = calls();
    const b = calls();
    requestConsent(a.resolve, 'chooseMedia');
    requestConsent(b.resolve, 'chooseMessageFile');
    answerConsent('agree', 'privacy-agree');
    expect(shown).toEqual([null, 'chooseMedia', 'chooseMessageFile', null]);
    expect(a.seen).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'privacy-agree' }]);
    expect(b.seen).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'privacy-agree' }]);
    const c = calls();
    requestConsent(c.resolve, 'chooseMedia');
    answerConsent('disagree');
    expect(c.seen).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }]);
    stop();
  });
});
