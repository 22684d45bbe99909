/**
 * The Node host's HTTP surface: every action at POST /api/<action> (body = payload,
 * Idempotency-Key = requestId, Authorization: Bearer <token>), GET /healthz, and the H5 build.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Core } from '../../core/dispatch';
import { errorResult, type DispatchResult } from '../../core/dispatch';
import { UPLOADS } from '../../core/binary';
import { AppError, errors } from '../../core/errors';
import type { Principal } from '../../security/identity';
import type { RequestMeta } from '../../core/rate-guard';
import { serveStatic } from './static';
import { SHORT_PATHS } from '../../domain/card.rules';

export interface HttpAppOptions {
  /** The H5 build to serve at `/`; omitted in API-only tests. */
  staticDir?: string;
  bodyLimit?: number;
  /**
   * Behind a reverse proxy: which proxy addresses to believe about the client's address
   * (X-Forwarded-For), as Fastify's `trustProxy` takes them. Off by default.
   */
  trustProxy?: boolean | string | string[];
  /** Origins allowed to call the API from another site. None by default: CORS is closed. */
  corsOrigins?: readonly string[];
  /** Send Strict-Transport-Security (production behind HTTPS). */
  hsts?: boolean;
  /** Log one line per request (production). */
  accessLog?: boolean;
  /** WeChat's verification files for the plain-URL QR rule, served at /c/<file>.txt and /w/<file>.txt. */
  wechatVerifyDir?: string;
  /**
   * Slow clients (a body trickled in, headers never finished) must not hold sockets forever:
   * the whole request (headers and body) within `requestTimeoutMs` (60 s: a 2 MB photo over a slow 3G link), the headers within
   * `headersTimeoutMs` (10 s). An idle keep-alive socket is closed after `keepAliveTimeoutMs` (65 s):
   * longer than the peer keeps it (nginx's upstream keep-alive 60 s, Node's fetch 4 s), so the peer
   * always lets go first — a server closing first races a request reusing the socket, and that
   * request fails (a 502 behind nginx, ECONNRESET for a direct client). Idle sockets cost little,
   * and the per-address cap bounds them.
   */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /**
   * Open connections one address may hold at once (default 256: a hall's Wi-Fi is one address) when clients connect directly;
   * behind a trusted proxy every connection comes from the proxy, so the proxy limits instead
   * (deploy/nginx.conf) and this is off.
   */
  maxConnectionsPerAddress?: number;
}

/**
 * What the H5 build loads, and nothing more (test/e2e/csp.test.ts visits every page under it):
 * its own scripts, none inline and no eval; its style sheets plus the <style> elements Taro's
 * components and TDesign insert at run time ('unsafe-inline': they carry no nonce to allow them
 * by); images of its own, QR codes and TDesign's icons as data: URLs, photo previews as blob:
 * URLs; Taro's icon font as a data: URL; the API on the same origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
};

/** Throws on invalid UTF-8 instead of replacing it (a BOM is dropped, as JSON allows). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A proxy's request id (nginx `$request_id`) is kept when it looks like one; else a fresh one. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Paths the API answers with its envelope (`/api` itself included), whatever went wrong. */
const API_PATH = /^\/api(?:[/?]|$)/;

export function buildHttpApp(core: Core, options: HttpAppOptions = {}): FastifyInstance {
  // Every answer carries these, including the ones Fastify and Node produce before our hooks run.
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
  const cors = new Set(options.corsOrigins ?? []);
  /** An allowed origin may read every answer, refusals too: else its page sees only a network error. */
  const allowOrigin = (req: FastifyRequest, reply: FastifyReply) => {
    const origin = req.headers.origin;
    if (!origin || !cors.has(origin)) return false;
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    return true;
  };
  const logger = core.deps.logger;
  const logAccess = (req: FastifyRequest, status: number, ms: number) =>
    // The path only: query strings carry link signatures.
    logger.info('http.request', {
      reqId: req.id,
      method: req.method,
      path: req.url.split('?')[0].slice(0, 120),
      status,
      ms: Math.round(ms),
    });

  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    // Our own server, for its timeouts: Node checks them every `connectionsCheckingInterval`
    // (30 s by default, which would let a 10 s header timeout run to 40 s).
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: options.requestTimeoutMs ?? 60_000,
          headersTimeout: options.headersTimeoutMs ?? 10_000,
          keepAliveTimeout: options.keepAliveTimeoutMs ?? 65_000,
          connectionsCheckingInterval: 1_000,
        },
        handler,
      ),
    // Fastify applies these to the server it is given (0 would switch them off again).
    requestTimeout: options.requestTimeoutMs ?? 60_000,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 65_000,
    logger: false,
    trustProxy: options.trustProxy ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // A URL the router cannot decode (`/api/%ff`) is answered here, outside every hook and the
    // error handler: Fastify's own JSON would go out bare, without our headers or envelope.
    frameworkErrors: (_err, req, generic) => {
      // The option is typed generically over the route; this answer is the same for every route.
      const reply = generic as unknown as FastifyReply;
      const started = performance.now();
      reply.header('x-request-id', req.id).headers(headers);
      allowOrigin(req, reply);
      if (options.accessLog)
        reply.raw.once('finish', () => logAccess(req, reply.statusCode, performance.now() - started));
      if (API_PATH.test(req.url)) {
        const { status, body } = errorResult(errors.malformed(), core.deps, req.id);
        return reply.code(status).send(body);
      }
      return reply.code(400).type('text/plain; charset=utf-8').send('400 请求地址有误');
    },
    // What Node's HTTP parser refuses (headers too large, a garbled request line, a timeout)
    // never becomes a request; Fastify's default writes bare JSON to the socket.
    clientErrorHandler: (err, socket) => answerClientError(err, socket, headers),
  });
  limitConnectionsPerAddress(app, options.trustProxy ? 0 : (options.maxConnectionsPerAddress ?? 256));
  guardSlowClients(app, options.headersTimeoutMs ?? 10_000, options.requestTimeoutMs ?? 60_000);
  const meta = (req: FastifyRequest): RequestMeta => ({ ip: req.ip, traceId: req.id });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (!allowOrigin(req, reply)) return;
    if (req.method === 'OPTIONS') {
      return reply
        .code(204)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', 'authorization, content-type, idempotency-key')
        .header('access-control-max-age', '600')
        .send();
    }
  });

  if (options.accessLog) {
    app.addHook('onResponse', async (req, reply) => logAccess(req, reply.statusCode, reply.elapsedTime));
  }

  // An empty body is an empty payload; broken JSON is our REQUEST.MALFORMED, not a stack.
  // Bytes, decoded strictly: Fastify's 'string' would turn invalid UTF-8 into U+FFFD and the
  // damaged text would be stored as if the resident had typed it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    let text: string;
    try {
      text = STRICT_UTF8.decode(body as Buffer);
    } catch {
      return done(errors.malformed() as unknown as Error, undefined);
    }
    if (!text.trim()) return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(errors.malformed() as unknown as Error, undefined);
    }
  });

  // Photos (POST /api/upload) arrive as raw image bytes; their type is checked by content later.
  // Spreadsheets to import (checked by content in uploadSheet).
  app.addContentTypeParser(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: UPLOADS.sheet.maxBytes + 64 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.addContentTypeParser(
    /^image\//,
    { parseAs: 'buffer', bodyLimit: UPLOADS.photo.maxBytes + 64 * 1024 },
    (_req, body, done) => done(null, body),
  );

  /** The caller from `Authorization: Bearer`; a bad token is refused unless the action is public. */
  const principalOf = (auth: string | undefined, isPublic: boolean): Principal | null | 'bad-token' => {
    if (!auth) return null;
    const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    const principal = core.deps.tokens.verify(token, core.deps.clock.now());
    // A stale token must not silently become "no identity" for actions that need one.
    return principal ?? (isPublic ? null : 'bad-token');
  };

  app.addHook('onSend', async (_req, reply) => {
    reply.headers(headers);
  });

  // Errors the framework raises before an action runs, mapped to stable codes.
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const { status, body } = errorResult(frameworkError(err), core.deps, req.id);
    reply.code(status).send(body);
  });

  // For the proxy's and the orchestrator's health checks: a read from the database, so an
  // instance that lost its database is taken out of rotation.
  // A QR's short address (domain/card.rules.ts) → the H5 page; in WeChat the plain-URL rule
  // opens the mini program instead, before any request reaches here.
  for (const kind of ['c', 'w'] as const) {
    app.get<{ Params: { id: string } }>(`/${kind}/:id`, async (req, reply) => {
      const { id } = req.params;
      // WeChat proves we own the rule's prefix by fetching its verification file from it.
      if (options.wechatVerifyDir && /^[0-9A-Za-z_-]{1,64}\.txt$/.test(id)) {
        const text = await readFile(join(options.wechatVerifyDir, id), 'utf8').catch(() => null);
        if (text !== null) return reply.type('text/plain; charset=utf-8').send(text);
      }
      if (!/^[0-9A-Za-z]{6,32}$/.test(id)) return reply.code(404).type('text/plain; charset=utf-8').send('未找到');
      return reply.redirect(`${SHORT_PATHS[kind]}${id}`, 302);
    });
  }

  app.get('/healthz', async (_req, reply) => {
    try {
      await core.deps.store.settings.get('health.probe');
      return { ok: true, store: core.deps.store.kind, mode: core.deps.config.mode };
    } catch {
      return reply.code(503).send({ ok: false, store: core.deps.store.kind, mode: core.deps.config.mode });
    }
  });

  /** Sends an envelope; a 429 or a 503 also says when to come back. */
  const answer = (reply: FastifyReply, status: number, body: DispatchResult['body']) => {
    const retryAfter = body.ok ? undefined : (body.error as { retryAfter?: unknown }).retryAfter;
    if ((status === 429 || status === 503) && typeof retryAfter === 'number')
      reply.header('retry-after', String(retryAfter));
    return reply.code(status).send(body);
  };
  const fail = (reply: FastifyReply, err: unknown, traceId?: string) => {
    const { status, body } = errorResult(err, core.deps, traceId);
    return answer(reply, status, body);
  };

  // Uploads go through the core (core/binary.ts: who may, how big, how often); this only carries bytes.
  for (const [path, kind] of [
    ['/api/upload', 'photo'],
    ['/api/upload-sheet', 'sheet'],
  ] as const) {
    app.post(path, async (req, reply) => {
      const principal = principalOf(req.headers.authorization, false);
      if (principal === 'bad-token') return fail(reply, errors.badToken());
      if (!Buffer.isBuffer(req.body)) return fail(reply, errors.unsupportedMedia());
      const { status, body } = await core.upload(
        kind,
        principal,
        new Uint8Array(req.body),
        req.headers['content-type'] ?? '',
        meta(req),
      );
      return answer(reply, status, body);
    });
  }

  app.get<{ Params: { id: string }; Querystring: { e?: string; s?: string } }>('/files/:id', async (req, reply) => {
    try {
      const file = await core.download('photo', req.params.id, Number(req.query.e), String(req.query.s ?? ''));
      return reply
        .type(file.contentType)
        .header('cache-control', 'private, max-age=3600')
        .send(Buffer.from(file.body as Uint8Array));
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.get<{ Params: { id: string }; Querystring: { e?: string; s?: string; name?: string } }>(
    '/exports/:id',
    async (req, reply) => {
      try {
        const file = await core.download('export', req.params.id, Number(req.query.e), String(req.query.s ?? ''));
        // The name is only a label for the download (the signature covers the file); keep it tame.
        const name =
          String(req.query.name ?? 'export.xlsx')
            .replace(/[\\/\r\n"]/g, '_')
            .slice(0, 80) || 'export.xlsx';
        return reply
          .type(file.contentType)
          .header('content-length', file.size)
          .header(
            'content-disposition',
            `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .header('cache-control', 'private, no-store')
          .send(file.body);
      } catch (err) {
        return fail(reply, err);
      }
    },
  );

  app.post<{ Params: { action: string } }>('/api/:action', async (req, reply) => {
    const action = req.params.action;
    if (Buffer.isBuffer(req.body)) return fail(reply, errors.unsupportedMedia());
    const principal = principalOf(req.headers.authorization, core.actions.get(action)?.access === 'public');
    if (principal === 'bad-token') return fail(reply, errors.badToken());
    const key = req.headers['idempotency-key'];
    const requestId = typeof key === 'string' ? key : undefined;
    const started = performance.now();
    const { status, body } = await core.dispatch({ action, payload: req.body ?? {}, requestId }, principal, meta(req));
    if (status >= 500 || performance.now() - started > 1000) {
      logger.warn('action.slow_or_failed', {
        reqId: req.id,
        action,
        status,
        ms: Math.round(performance.now() - started),
      });
    }
    return answer(reply, status, body);
  });

  app.all('/api/*', async (_req, reply) => {
    const { status, body } = errorResult(errors.unknownAction('(method)'), core.deps);
    reply.code(status === 404 ? 405 : status).send(body);
  });
  // `/api` without an action would otherwise fall through to the H5 build's plain 404.
  app.all('/api', async (_req, reply) => {
    const { status, body } = errorResult(errors.unknownAction('/api'), core.deps);
    reply.code(status).send(body);
  });

  if (options.staticDir) serveStatic(app, options.staticDir);
  else
    app.setNotFoundHandler((_req, reply) =>
      reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '页面不存在' } }),
    );
  return app;
}

function frameworkError(err: FastifyError | AppError): unknown {
  if (err instanceof AppError) return err;
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return errors.tooLarge();
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return errors.unsupportedMedia();
  if (err.statusCode && err.statusCode < 500) return errors.malformed();
  return err;
}

/**
 * Answers what Node's parser refused, as Node's and Fastify's own handlers do (not on a socket
 * already answering, nothing after a reset), but with our headers and envelope.
 */
function answerClientError(err: Error & { code?: string }, socket: Duplex, headers: Record<string, string>) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !answering) {
    const overflow = err.code === 'HPE_HEADER_OVERFLOW';
    const status = overflow ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const e = overflow ? errors.tooLarge() : errors.malformed();
    const body = JSON.stringify({ ok: false, error: { code: e.code, message: e.message } });
    const fields = {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy(err);
}

/** Refuses (closes at once) a connection beyond `max` open ones from the same address; 0 = no cap. */
function limitConnectionsPerAddress(app: FastifyInstance, max: number) {
  if (!max) return;
  const open = new Map<string, number>();
  app.server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const n = (open.get(address) ?? 0) + 1;
    if (n > max) {
      socket.destroy();
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left) open.set(address, left);
      else open.delete(address);
    });
  });
}

/**
 * Our own deadline on top of Node's request and header timeouts (which Node checks only on an
 * interval, and which tests inside Jest's VM never see fire): a connection must finish its
 * headers within `headersMs` and its whole request within `requestMs`, or it is dropped.
 */
function guardSlowClients(app: FastifyInstance, headersMs: number, requestMs: number) {
  const deadlines = new WeakMap<object, NodeJS.Timeout>();
  const arm = (socket: import('node:net').Socket, ms: number) => {
    clearTimeout(deadlines.get(socket));
    const t = setTimeout(() => socket.destroy(), ms);
    t.unref();
    deadlines.set(socket, t);
  };
  app.server.on('connection', (socket) => {
    arm(socket, headersMs);
    socket.once('close', () => clearTimeout(deadlines.get(socket)));
  });
  app.server.on('request', (req) => {
    const { socket } = req;
    arm(socket, requestMs);
    // Received whole: the keep-alive timeout (a socket timeout) takes over between requests.
    req.once('end', () => clearTimeout(deadlines.get(socket)));
  });
}
