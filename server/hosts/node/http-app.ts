/**
 * The Node host's HTTP surface: every action at POST /api/<action> (body = payload,
 * Idempotency-Key = requestId, Authorization: Bearer <token>), GET /healthz, and the H5 build.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Core } from '../../core';
import { errorResult } from '../../core';
import { uploadPhoto, readPhoto } from '../../actions/photos';
import { SHEET_MAX_BYTES, uploadSheet } from '../../actions/sheet-import';
import { PHOTO_MAX_BYTES } from '../../domain/photo.rules';
import { AppError, errors } from '../../errors';
import type { Principal } from '../../identity';
import { serveStatic } from './static';

export interface HttpAppOptions {
  /** The H5 build to serve at `/`; omitted in API-only tests. */
  staticDir?: string;
  bodyLimit?: number;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function buildHttpApp(core: Core, options: HttpAppOptions = {}): FastifyInstance {
  const app = Fastify({ bodyLimit: options.bodyLimit ?? 64 * 1024, logger: false });
  const logger = core.deps.logger;

  // An empty body is an empty payload; broken JSON is our REQUEST.MALFORMED, not a stack.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    if (!(body as string).trim()) return done(null, {});
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(errors.malformed() as unknown as Error, undefined);
    }
  });

  // Photos (POST /api/upload) arrive as raw image bytes; their type is checked by content later.
  // Spreadsheets to import (checked by content in uploadSheet).
  app.addContentTypeParser(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: SHEET_MAX_BYTES + 64 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.addContentTypeParser(/^image\//, { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES + 64 * 1024 }, (_req, body, done) => done(null, body));

  /** The caller from `Authorization: Bearer`; a bad token is refused unless the action is public. */
  const principalOf = (auth: string | undefined, isPublic: boolean): Principal | null | 'bad-token' => {
    if (!auth) return null;
    const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    const principal = core.deps.tokens.verify(token, core.deps.clock.now());
    // A stale token must not silently become "no identity" for actions that need one.
    return principal ?? (isPublic ? null : 'bad-token');
  };

  app.addHook('onSend', async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  // Errors the framework raises before an action runs, mapped to stable codes.
  app.setErrorHandler((err: FastifyError | AppError, _req, reply) => {
    const { status, body } = errorResult(frameworkError(err), core.deps);
    reply.code(status).send(body);
  });

  app.get('/healthz', async () => ({ ok: true, store: core.deps.store.kind, mode: core.deps.config.mode }));

  const fail = (reply: { code(n: number): { send(b: unknown): unknown } }, err: unknown) => {
    const { status, body } = errorResult(err, core.deps);
    return reply.code(status).send(body);
  };

  app.post('/api/upload', async (req, reply) => {
    const principal = principalOf(req.headers.authorization, false);
    if (principal === 'bad-token') return fail(reply, errors.badToken());
    if (!Buffer.isBuffer(req.body)) return fail(reply, errors.unsupportedMedia());
    try {
      return reply.send({ ok: true, data: await uploadPhoto(core.deps, principal, new Uint8Array(req.body), req.headers['content-type'] ?? '') });
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.get<{ Params: { id: string }; Querystring: { e?: string; s?: string } }>('/files/:id', async (req, reply) => {
    try {
      const file = await readPhoto(core.deps, req.params.id, Number(req.query.e), String(req.query.s ?? ''));
      return reply.type(file.contentType).header('cache-control', 'private, max-age=3600').send(Buffer.from(file.bytes));
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.post('/api/upload-sheet', async (req, reply) => {
    const principal = principalOf(req.headers.authorization, false);
    if (principal === 'bad-token') return fail(reply, errors.badToken());
    if (!Buffer.isBuffer(req.body)) return fail(reply, errors.unsupportedMedia());
    try {
      return reply.send({ ok: true, data: await uploadSheet(core.deps, principal, new Uint8Array(req.body)) });
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.get<{ Params: { id: string }; Querystring: { e?: string; s?: string; name?: string } }>('/exports/:id', async (req, reply) => {
    const { id } = req.params;
    const notFound = errors.notFound('EXPORT.NOT_FOUND', '该导出文件或链接已过期');
    try {
      if (!core.deps.tokens.verifyLink(`export:${id}`, Number(req.query.e), String(req.query.s ?? ''), core.deps.clock.now())) throw notFound;
      const file = await core.deps.reports.open?.(id);
      if (!file) throw notFound;
      // The name is only a label for the download (the signature covers the file); keep it tame.
      const name = String(req.query.name ?? 'export.xlsx').replace(/[\\/\r\n"]/g, '_').slice(0, 80) || 'export.xlsx';
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-length', file.size)
        .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    } catch (err) {
      return fail(reply, err);
    }
  });

  app.post<{ Params: { action: string } }>('/api/:action', async (req, reply) => {
    const action = req.params.action;
    if (Buffer.isBuffer(req.body)) return fail(reply, errors.unsupportedMedia());
    const principal = principalOf(req.headers.authorization, core.actions.get(action)?.access === 'public');
    if (principal === 'bad-token') return fail(reply, errors.badToken());
    const key = req.headers['idempotency-key'];
    const requestId = typeof key === 'string' ? key : undefined;
    const started = performance.now();
    const { status, body } = await core.dispatch({ action, payload: req.body ?? {}, requestId }, principal);
    if (status >= 500 || performance.now() - started > 1000) {
      logger.warn('action.slow_or_failed', { action, status, ms: Math.round(performance.now() - started) });
    }
    return reply.code(status).send(body);
  });

  app.all('/api/*', async (_req, reply) => {
    const { status, body } = errorResult(errors.unknownAction('(method)'), core.deps);
    reply.code(status === 404 ? 405 : status).send(body);
  });

  if (options.staticDir) serveStatic(app, options.staticDir);
  else app.setNotFoundHandler((_req, reply) => reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '页面不存在' } }));
  return app;
}

function frameworkError(err: FastifyError | AppError): unknown {
  if (err instanceof AppError) return err;
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return errors.tooLarge();
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return errors.unsupportedMedia();
  if (err.statusCode && err.statusCode < 500) return errors.malformed();
  return err;
}
