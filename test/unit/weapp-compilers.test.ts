/** The compilers check:weapp relies on really reject broken WXML and WXSS (not an always-green step). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wxmlToJs, wxssToJs } = require('miniprogram-compiler');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wx-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('compiles valid files and rejects a mismatched WXML tag and unbalanced WXSS', () => {
  writeFileSync(join(dir, 'ok.wxml'), '<view class="a"><text>{{title}}</text></view>');
  writeFileSync(join(dir, 'ok.wxss'), '.a { color: #0052d9; }');
  expect(typeof wxmlToJs(dir)).toBe('string');
  expect(typeof wxssToJs(dir)).toBe('string');
  writeFileSync(join(dir, 'bad.wxml'), '<view><text>hi</view>');
  expect(() => wxmlToJs(dir)).toThrow(/end-tag/);
  rmSync(join(dir, 'bad.wxml'));
  writeFileSync(join(dir, 'bad.wxss'), '.a { color: red');
  expect(() => wxssToJs(dir)).toThrow();
});
