/**
 * docs/deploy/nginx.conf, as shipped, in front of the production host: Debian's nginx (installed
 * by .ci/run) with a throwaway self-signed certificate, its ports and paths substituted. Checks
 * what the sample promises: https only, the request id shared with the host's log, the client
 * address the host sees, body limits, and the per-address limit answering with the app's envelope.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as plainRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProductionHost, type ProductionHost } from '../../server/hosts/node/production';
import { memoryLogger } from '../../server/adapters/system/loggers';
import { freshDatabase } from '../support/postgres-server';

const NGINX = '/usr/sbin/nginx';
let host: ProductionHost;
let nginx: ChildProcess;
let dir: string;
let httpsPort: number;
let httpPort: number;
const logger = memoryLogger();

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request through nginx, as a phone would make it (the certificate is self-signed here). */
function through(
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: httpsPort,
        method,
        path,
        servername: 'pj.example.gov.cn',
        rejectUnauthorized: false,
        headers: { host: 'pj.example.gov.cn', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx not found: install Debian nginx-light (.ci/run does)');
  dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  host = await startProductionHost(
    {
      DATABASE_URL: await freshDatabase(process.env.PG_TEST_SERVER!),
      SESSION_SECRET: 's'.repeat(40),
      IDENTITY_PEPPER: 'p'.repeat(40),
      PUBLIC_URL: 'https://pj.example.gov.cn',
      PORT: '0',
      H5_DIR: mkdtempSync(join(tmpdir(), 'h5-')),
      EXPORTS_DIR: mkdtempSync(join(tmpdir(), 'exports-')),
    },
    { logger, scheduler: { sweepEveryMs: 3_600_000, dispatchEveryMs: 3_600_000 } },
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=pj.example.gov.cn',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  [httpsPort, httpPort] = [await freePort(), await freePort()];
  const site = readFileSync('docs/deploy/nginx.conf', 'utf8')
    .replace('server 127.0.0.1:8080;', `server ${new URL(host.url).host};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('/etc/nginx/certs/pj.example.gov.cn.pem', join(dir, 'cert.pem'))
    .replace('/etc/nginx/certs/pj.example.gov.cn.key', join(dir, 'key.pem'));
  writeFileSync(join(dir, 'site.conf'), site);
  // What /etc/nginx/nginx.conf provides around conf.d, minus what needs root.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  execFileSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      if ((await through('GET', '/healthz')).status === 200) break;
    } catch (err) {
      if (i > 100) throw err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);

afterAll(async () => {
  nginx?.kill('SIGQUIT');
  await host?.close();
});

it('redirects plain http to https', async () => {
  const res = await new Promise<{ status: number; location?: string }>((resolve, reject) =>
    plainRequest(
      { host: '127.0.0.1', port: httpPort, path: '/c?id=Ab3dEf6hIj9kLm2nOp4q', headers: { host: 'pj.example.gov.cn' } },
      (r) => {
        r.resume();
        resolve({ status: r.statusCode!, location: r.headers.location });
      },
    )
      .on('error', reject)
      .end(),
  );
  expect(res).toEqual({ status: 301, location: 'https://pj.example.gov.cn/c?id=Ab3dEf6hIj9kLm2nOp4q' });
});

it('passes one request id to the host, which logs and answers it, and HSTS comes back over https', async () => {
  const res = await through('POST', '/api/auth.guest', '{}', {
    'content-type': 'application/json',
    'x-forwarded-for': '6.6.6.6',
  });
  expect(res.status).toBe(200);
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
  const id = res.headers['x-request-id'] as string;
  expect(id).toMatch(/^[0-9a-f]{32}$/); // nginx's $request_id
  await new Promise((r) => setTimeout(r, 50));
  expect(logger.lines.find((l) => l.event === 'http.request' && l.fields.reqId === id)?.fields).toMatchObject({
    path: '/api/auth.guest',
    status: 200,
  });
});

it('refuses a body over the limit before it reaches the host', async () => {
  const res = await through('POST', '/api/upload', Buffer.alloc(7 * 1024 * 1024), { 'content-type': 'image/jpeg' });
  expect(res.status).toBe(413);
});

it('limits one address in bursts, answering with the app’s envelope and Retry-After', async () => {
  const answers = await Promise.all(
    Array.from({ length: 80 }, () => through('POST', '/api/auth.me', '{}', { 'content-type': 'application/json' })),
  );
  const limited = answers.filter((a) => a.status === 429);
  // burst=40 nodelay at 10 r/s: about half of 80 at once are turned away.
  expect(limited.length).toBeGreaterThanOrEqual(30);
  expect(JSON.parse(limited[0].body)).toEqual({
    ok: false,
    error: { code: 'RATE.LIMITED', message: '请求过于频繁，请稍后再试', retryAfter: 10 },
  });
  expect(limited[0].headers['retry-after']).toBe('10');
  expect(answers.filter((a) => a.status === 401).length).toBeGreaterThanOrEqual(40); // the rest reached the host (no identity)
});
