/** Serves the H5 build: files by path, `/` → index.html (routes are hash-based). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function serveStatic(app: FastifyInstance, dir: string) {
  const root = resolve(dir);
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '页面不存在' } });
    }
    const path = decodeURIComponent((req.url.split('?')[0] || '/').replace(/\/+$/, '/'));
    const rel = path.endsWith('/') ? `${path}index.html` : path;
    const file = normalize(join(root, rel));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      return reply.code(404).type('text/plain; charset=utf-8').send('404 页面不存在');
    }
    // Hashed assets never change; index.html must always be fresh to pick up a new build.
    const immutable = /\.[0-9a-f]{8,}\./.test(file);
    reply
      .type(TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.send(createReadStream(file));
  });
}
