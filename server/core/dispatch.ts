/**
 * The core: one dispatcher over the action registry. Hosts hand it a raw request and the
 * caller's principal; it answers with the envelope and the HTTP status the Node host uses.
 * This is the one place that catches errors and turns them into envelopes.
 */
import type { ErrorEnvelope, OkEnvelope } from '../contract/common.schema';
import { ALL_ACTIONS } from './registry';
import type { ActionContext, ActionDef, CoreDeps } from './define-action';
import { AppError, errors } from './errors';
import { resolveCaller, type Principal } from '../security/identity';
import { withRateLimits, type RequestMeta } from './rate-guard';
import { unsafeTextIssues } from './input-text';
import { requestHash } from '../security/request-hash';
import { runDownload, runUpload, type Download, type UploadKind } from './binary';

export interface DispatchResult {
  status: number;
  body: OkEnvelope<unknown> | ErrorEnvelope;
}

export interface Core {
  deps: CoreDeps;
  actions: ReadonlyMap<string, ActionDef>;
  /** `meta` is what the host knows of the request's origin (the rate limits use the address). */
  dispatch(request: unknown, principal: Principal | null, meta?: RequestMeta): Promise<DispatchResult>;
  /** An upload (core/binary.ts), answered with the envelope like an action. */
  upload(
    kind: UploadKind,
    principal: Principal | null,
    bytes: Uint8Array,
    contentType: string,
    meta?: RequestMeta,
  ): Promise<DispatchResult>;
  /** What a signed link opens; throws an AppError the host maps with `errorResult`. */
  download(kind: 'photo' | 'export', id: string, e: number, s: string): Promise<Download>;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
const ACTION_NAME = /^[a-z]+\.[a-zA-Z]+$/;

export function createCore(deps: CoreDeps): Core {
  const actions = new Map(
    ALL_ACTIONS.filter((a) => !a.localOnly || deps.config.mode === 'local').map((a) => [a.name as string, a]),
  );

  async function run(request: unknown, principal: Principal | null, meta: RequestMeta): Promise<unknown> {
    if (!request || typeof request !== 'object' || Array.isArray(request)) throw errors.malformed();
    const { action: name, payload = {}, requestId } = request as Record<string, unknown>;
    if (typeof name !== 'string' || !ACTION_NAME.test(name)) throw errors.malformed();
    const action = actions.get(name);
    if (!action) throw errors.unknownAction(name);
    if (requestId !== undefined && (typeof requestId !== 'string' || !REQUEST_ID.test(requestId))) {
      throw errors.invalid([{ path: 'requestId', message: '请求编号应为 8–64 位字母、数字、- 或 _' }]);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
      throw errors.invalid([{ path: '', message: '请求内容应为对象' }]);
    }

    let caller = null;
    if (action.access !== 'public') {
      if (!principal) throw errors.authRequired();
      caller = await resolveCaller(principal, deps.store, deps.config.adminOpenids);
      if (Array.isArray(action.access) && !action.access.includes(caller.role)) throw errors.forbidden();
    }

    const unsafe = unsafeTextIssues(payload);
    if (unsafe.length > 0) throw errors.invalid(unsafe);
    const parsed = action.input.safeParse(payload);
    if (!parsed.success) {
      throw errors.invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const now = deps.clock.now();
    const ctx: ActionContext = {
      deps,
      caller,
      principal,
      // Without a client key nothing can be deduplicated; a fresh id keeps rows well-formed.
      requestId: (requestId as string | undefined) ?? `srv_${deps.ids.next(24)}`,
      now,
      meta,
    };
    // After validation, so a malformed request costs nothing and writes nothing; one the action
    // refuses gets its slot back (core/rate-guard.ts). A retry of a submission that went through
    // is answered even over the limit: it adds nothing.
    const isReplay = action.isReplay?.bind(action);
    const replay = isReplay && requestId !== undefined ? () => isReplay(parsed.data, ctx) : undefined;
    return withRateLimits(deps, name, principal, meta, now, () => action.handler(parsed.data, ctx), {
      isReplay: replay,
      request: ctx,
    });
  }

  async function answer(request: unknown, principal: Principal | null, meta: RequestMeta): Promise<DispatchResult> {
    try {
      return { status: 200, body: { ok: true, data: await run(request, principal, meta) } };
    } catch (err) {
      return errorResult(err, deps, meta.traceId);
    }
  }

  /**
   * Requests in flight by their idempotency key. A client that retries before its first attempt
   * has answered (a timeout on a slow network, a double tap) joins that attempt and gets its
   * answer: it neither races it into a conflict nor spends a rate-limit slot. Across instances
   * the actions' own idempotency (requestId in the store) answers the retry once the first is done.
   */
  const inFlight = new Map<string, Promise<DispatchResult>>();

  return {
    deps,
    actions,
    dispatch(request, principal, meta = {}) {
      const key = flightKey(request, principal);
      if (!key) return answer(request, principal, meta);
      const joined = inFlight.get(key);
      if (joined) return joined;
      const first = answer(request, principal, meta).finally(() => inFlight.delete(key));
      inFlight.set(key, first);
      return first;
    },
    async upload(kind, principal, bytes, contentType, meta = {}) {
      try {
        return {
          status: 200,
          body: { ok: true, data: await runUpload(deps, kind, principal, bytes, contentType, meta) },
        };
      } catch (err) {
        return errorResult(err, deps, meta.traceId);
      }
    },
    download: (kind, id, e, s) => runDownload(deps, kind, id, e, s),
  };
}

/** Same action, same caller, same requestId, same payload: the same request, sent again. */
function flightKey(request: unknown, principal: Principal | null): string | null {
  if (!request || typeof request !== 'object') return null;
  const { action, payload, requestId } = request as Record<string, unknown>;
  if (typeof action !== 'string' || typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) return null;
  return `${action}\n${principal?.subject ?? ''}\n${principal?.staffId ?? ''}\n${requestId}\n${requestHash(payload ?? {})}`;
}

export function errorResult(err: unknown, deps: Pick<CoreDeps, 'logger'>, traceId?: string): DispatchResult {
  const e = err instanceof AppError ? err : errors.internal();
  if (!(err instanceof AppError)) {
    deps.logger.error('action.failed', {
      error: err instanceof Error ? err.message : String(err),
      ...(traceId ? { reqId: traceId } : {}),
    });
  }
  const error: ErrorEnvelope['error'] = { code: e.code, message: e.message };
  if (e.issues) error.issues = e.issues;
  const body: ErrorEnvelope = { ok: false, error };
  if (e.details) Object.assign(error, e.details);
  return { status: e.status, body };
}
