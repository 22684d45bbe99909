/** Serves the H5 build: files by path, `/` → index.html (routes are hash-based). */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

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

/**
 * The file a URL path names inside `root`, or null. Inside means under `root` + separator: a bare
 * prefix test would let `/..%2fh5-private/x` reach the sibling folder `h5-private`. Symbolic
 * links are followed before the test, so a link in the build cannot point out of it either.
 */
export function fileInside(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0')) return null;
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const inside = (p: string) => p.startsWith(root.endsWith(sep) ? root : root + sep);
  const file = resolve(root, `.${rel.startsWith('/') ? '' : '/'}${rel}`);
  if (!inside(file)) return null;
  try {
    const real = realpathSync(file);
    return inside(real) && statSync(real).isFile() ? real : null;
  } catch {
    return null; // missing, or not readable as a path
  }
}

export function serveStatic(app: FastifyInstance, dir: string) {
  // The real path, so that a build folder reached through a symbolic link still matches itself.
  const root = realpathOr(resolve(dir));
  const notFound = (reply: FastifyReply) => reply.code(404).type('text/plain; charset=utf-8').send('404 页面不存在');
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '页面不存在' } });
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url.split('?')[0] || '/').replace(/\/+$/, '/'));
    } catch {
      // Fastify's router refuses most of these first (frameworkErrors); this is the fallback.
      return reply.code(400).type('text/plain; charset=utf-8').send('400 请求地址有误');
    }
    const file = fileInside(root, path);
    if (!file) return notFound(reply);
    // Hashed assets never change; index.html must always be fresh to pick up a new build.
    const immutable = /\.[0-9a-f]{8,}\./.test(basename(file));
    reply
      .type(TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.send(createReadStream(file));
  });
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // not built yet: every request is a 404 until it is
  }
}
