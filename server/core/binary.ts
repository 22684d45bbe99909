/**
 * Binary requests go through the core like actions: uploads (a complaint photo, a spreadsheet to
 * import) declare who may send them, their size and their rate limit here, and downloads behind
 * a signed link (a photo, an export) are checked here. Hosts only carry the bytes.
 */
import { readPhoto, uploadPhoto } from '../app/photos';
import { SHEET_MAX_BYTES, uploadSheet } from '../app/sheet-import';
import { PHOTO_MAX_BYTES } from '../domain/photo.rules';
import { resolveCaller, type Principal } from '../security/identity';
import type { Access, CoreDeps } from './define-action';
import { errors } from './errors';
import { withRateLimits, type RequestMeta } from './rate-guard';

export interface UploadDef {
  access: Exclude<Access, 'public'>;
  /** The key of its limits in domain/rate.rules.ts. */
  rateKey: string;
  /** The largest body the host should accept. */
  maxBytes: number;
  handle(deps: CoreDeps, principal: Principal, bytes: Uint8Array, contentType: string): Promise<{ fileId: string }>;
}

export const UPLOADS = {
  photo: { access: 'identified', rateKey: 'upload', maxBytes: PHOTO_MAX_BYTES, handle: uploadPhoto },
  sheet: {
    access: ['staff', 'admin'],
    rateKey: 'upload.sheet',
    maxBytes: SHEET_MAX_BYTES,
    handle: (deps, principal, bytes) => uploadSheet(deps, principal, bytes),
  },
} satisfies Record<string, UploadDef>;

export type UploadKind = keyof typeof UPLOADS;

export async function runUpload(
  deps: CoreDeps,
  kind: UploadKind,
  principal: Principal | null,
  bytes: Uint8Array,
  contentType: string,
  meta: RequestMeta,
) {
  const def: UploadDef = UPLOADS[kind];
  if (!principal) throw errors.authRequired();
  if (Array.isArray(def.access)) {
    const caller = await resolveCaller(principal, deps.store, deps.config.adminOpenids);
    if (!def.access.includes(caller.role)) throw errors.forbidden();
  }
  return withRateLimits(deps, def.rateKey, principal, meta, deps.clock.now(), () =>
    def.handle(deps, principal, bytes, contentType),
  );
}

export interface Download {
  contentType: string;
  size: number;
  body: Uint8Array | NodeJS.ReadableStream;
}

/** What a signed link (`?e=&s=`) opens; anything unknown, forged or expired is not found. */
export async function runDownload(
  deps: CoreDeps,
  kind: 'photo' | 'export',
  id: string,
  e: number,
  s: string,
): Promise<Download> {
  if (kind === 'photo') {
    const file = await readPhoto(deps, id, e, s);
    return { contentType: file.contentType, size: file.size, body: file.bytes };
  }
  const notFound = errors.notFound('EXPORT.NOT_FOUND', '该导出文件或链接已过期');
  if (!deps.tokens.verifyLink(`export:${id}`, e, s, deps.clock.now())) throw notFound;
  const file = await deps.reports.open?.(id);
  if (!file) throw notFound;
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    size: file.size,
    body: file.stream,
  };
}
