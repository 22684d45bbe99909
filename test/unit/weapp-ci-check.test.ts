/**
 * check-weapp-ci.mjs (miniprogram-ci offline, part of check:weapp) really fails a broken mini
 * program: a tiny project is made in a temp directory, checked as is, then broken three ways.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(120_000);
let dir: string;

function project(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'weapp-ci-'));
  const all: Record<string, string> = {
    'project.config.json': JSON.stringify({
      appid: 'touristappid',
      compileType: 'miniprogram',
      setting: { es6: false, minified: false },
    }),
    'app.json': JSON.stringify({ pages: ['pages/index/index'], lazyCodeLoading: 'requiredComponents' }),
    'app.js': 'App({});\n',
    'pages/index/index.js': 'Page({ data: { title: "服务评价" } });\n',
    'pages/index/index.json': '{}',
    'pages/index/index.wxml': '<view class="a"><text>{{title}}</text></view>\n',
    'pages/index/index.wxss': '.a { color: #0052d9; }\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
const check = () => {
  const r = spawnSync(process.execPath, ['scripts/check-weapp-ci.mjs', dir, '--strict'], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('passes a sound project, offline', () => {
  project({});
  const r = check();
  expect(r.out).toContain('check-weapp-ci: OK');
  expect(r.out).not.toContain('blocked network attempts');
  expect(r.status).toBe(0);
});

it('fails a JS syntax error, a mismatched WXML tag and a page listed in app.json but missing', () => {
  project({ 'pages/index/index.js': 'Page({ data: { title: "x" }\n' });
  expect(check()).toMatchObject({ status: 1, out: expect.stringContaining('parse check JS (es7/babel) FAILED') });
  rmSync(dir, { recursive: true, force: true });
  project({ 'pages/index/index.wxml': '<view><text>hi</view>\n' });
  expect(check()).toMatchObject({ status: 1, out: expect.stringContaining('WXML') });
  rmSync(dir, { recursive: true, force: true });
  project({ 'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/gone/index'] }) });
  expect(check().status).toBe(1);
});
