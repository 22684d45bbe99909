/** Reads whatever came back as the envelope `{ok, data}` / `{ok: false, error}`. */
import type { Envelope } from '../../server/contract/common.schema';
import { ApiError } from './api-error';

export type Wire = Envelope<unknown>;

export function isEnvelope(body: unknown): body is Wire {
  return Boolean(body) && typeof body === 'object' && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/** The error of a failed envelope as an ApiError (extra fields such as evaluationId kept). */
export function errorOf(body: Extract<Wire, { ok: false }>): ApiError {
  const { code, message, issues, ...extra } = body.error;
  return new ApiError(code, message, issues ?? [], extra);
}

/** A host answered with something that is not an envelope (a proxy error page, say). */
export function badGateway(status: number): ApiError {
  return new ApiError(`HTTP.${status}`, '服务暂时不可用，请稍后再试');
}
