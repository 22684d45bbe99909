/**
 * The Node host serving the H5 build: only files inside the build folder, however the path is
 * encoded. A sibling folder whose name starts like the build's (`h5-private`, `h5.bak`) is the
 * trap: a prefix test without the separator lets `/..%2fh5-private/…` through.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../server/hosts/node/http-app';
import { createRuntime } from '../../server/hosts/runtime';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import { closeSharedPglite, freshPgliteStore } from '../support/pglite-shared';

let dir = '';
let app: FastifyInstance;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-'));
  mkdirSync(join(dir, 'h5', 'js'), { recursive: true });
  writeFileSync(join(dir, 'h5', 'index.html'), '<!doctype html><title>H5</title>');
  writeFileSync(join(dir, 'h5', 'js', 'app.3f2a9b1c4d.js'), 'console.log(1)');
  for (const sibling of ['h5-private', 'h5.bak']) {
    mkdirSync(join(dir, sibling));
    writeFileSync(join(dir, sibling, 'secret.txt'), 'SECRET');
    writeFileSync(join(dir, sibling, 'index.html'), 'SECRET');
  }
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  // A link left in the build (a careless deploy script) must not lead out of it either.
  symlinkSync(join(dir, 'h5-private', 'secret.txt'), join(dir, 'h5', 'linked.txt'));
  symlinkSync(join(dir, 'h5-private'), join(dir, 'h5', 'linked-dir'));
  const store = await freshPgliteStore();
  const core = await createRuntime({
    store,
    mode: 'local',
    publicBaseUrl: 'https://hall.example.cn',
    clock: fixedClock('2026-11-24T02:00:00.000Z'),
    logger: silentLogger,
    env: {},
  });
  app = buildHttpApp(core, { staticDir: join(dir, 'h5') });
  port = Number(new URL(await app.listen({ port: 0, host: '127.0.0.1' })).port);
}, 30_000);

afterAll(async () => {
  await app?.close();
  await closeSharedPglite();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with the path exactly as written: fetch and URL would resolve `..` and `%2e%2e` first. */
function get(
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

const expectSecured = (headers: Record<string, string | string[] | undefined>) =>
  expect(headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
  });

it('serves the build: / is index.html, hashed assets are immutable, a `..` that stays inside is fine', async () => {
  const index = await get('/');
  expect([index.status, index.text, index.headers['cache-control']]).toEqual([
    200,
    '<!doctype html><title>H5</title>',
    'no-cache',
  ]);
  expectSecured(index.headers);
  const asset = await get('/js/app.3f2a9b1c4d.js');
  expect([asset.status, asset.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
  expect((await get('/js/../index.html')).status).toBe(200);
  expect((await get('/js/%2e%2e/index.html')).status).toBe(200);
});

it.each([
  '/..%2fh5-private/secret.txt',
  '/..%2Fh5-private/secret.txt',
  '/%2e%2e%2fh5-private/secret.txt',
  '/%2E%2E%2Fh5-private%2Fsecret.txt',
  '/%2e%2e/h5-private/secret.txt',
  '/../h5-private/secret.txt',
  '/js/..%2f..%2fh5-private/secret.txt',
  '/..%2fh5.bak/index.html',
  '/..%2fh5.bak/',
  '/..%2fsecret.txt',
  '/..%2f..%2f..%2f..%2fetc/passwd',
  // Backslashes are not separators on Linux, but are on Windows: either way nothing outside.
  '/..%5ch5-private%5csecret.txt',
  '/..\\h5-private\\secret.txt',
  // Decoded once only: what is left is a literal (missing) file name.
  '/%252e%252e%252fh5-private/secret.txt',
  '/..%252fh5-private/secret.txt',
  // The build folder itself is not a file.
  '/..%2fh5',
  '/linked.txt',
  '/linked-dir/secret.txt',
  '/index.html%00.js',
  '/%00',
])('never serves what lies outside the build: %s', async (path) => {
  const res = await get(path);
  expect(res.text).not.toContain('SECRET');
  expect([400, 404]).toContain(res.status);
  expect(res.text).toMatch(/[\u4e00-\u9fa5]/);
  expectSecured(res.headers);
});

it('answers a path that does not decode with 400 and a missing file with 404, both with the security headers', async () => {
  for (const path of ['/%ff', '/js/%e0%a4%a', '/%c3%28.js']) {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('FST_');
    expect(res.text).toMatch(/[\u4e00-\u9fa5]/);
    expectSecured(res.headers);
  }
  const missing = await get('/js/missing.js');
  expect(missing.status).toBe(404);
  expectSecured(missing.headers);
});
