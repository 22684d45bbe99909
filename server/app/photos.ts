/**
 * Complaint photos uploaded over HTTP (local mode and self-hosted): checked by content, kept
 * with a keyed hash of the uploader, readable through short-lived signed links by whoever may
 * read the case they belong to. In WeChat the mini program puts photos in cloud storage instead.
 */
import { LOCAL_PHOTO_ID, PHOTO_MAX_BYTES, sniffImageType } from '../domain/photo.rules';
import { errors, fail } from '../core/errors';
import { subjectHash, type Principal } from '../security/identity';
import type { StoredFile } from '../ports/complaint-store';
import type { CoreDeps } from '../core/define-action';

const LINK_TTL_S = 3600;

export async function uploadPhoto(deps: CoreDeps, principal: Principal, bytes: Uint8Array, declaredType: string) {
  if (bytes.length > PHOTO_MAX_BYTES) throw fail('PHOTO.TOO_LARGE');
  const type = sniffImageType(bytes);
  if (!type || type !== declaredType.split(';')[0].trim().toLowerCase()) {
    throw fail('PHOTO.UNSUPPORTED');
  }
  const file: StoredFile = {
    id: `f_${deps.ids.next(20)}`,
    ownerHash: subjectHash(deps.config.identityPepper, principal.subject),
    contentType: type,
    size: bytes.length,
    bytes,
    createdAt: deps.clock.now(),
    complaintId: null,
  };
  await deps.store.files.put(file);
  return { fileId: file.id };
}

/** The photo behind a signed link; anything else (unknown, forged, expired) is simply not found. */
export async function readPhoto(deps: CoreDeps, fileId: string, e: number, s: string): Promise<StoredFile> {
  const notFound = errors.notFound('PHOTO.NOT_FOUND', '该照片或链接已过期');
  if (!LOCAL_PHOTO_ID.test(fileId) || !deps.tokens.verifyLink(`file:${fileId}`, e, s, deps.clock.now())) throw notFound;
  const file = await deps.store.files.get(fileId);
  if (!file) throw notFound;
  return file;
}

/** What a reader's <image> loads: a signed link for uploads, the cloud:// id as it is. */
export function photoLink(deps: Pick<CoreDeps, 'tokens'>, fileId: string, now: Date): string {
  if (!LOCAL_PHOTO_ID.test(fileId)) return fileId;
  const { e, s } = deps.tokens.signLink(`file:${fileId}`, LINK_TTL_S, now);
  return `/files/${fileId}?e=${e}&s=${s}`;
}

/**
 * Uploaded photos must be the complainant's own and not part of another case (a retry of the
 * same submission finds them on its own case, which is fine).
 */
export async function checkOwnPhotos(deps: CoreDeps, ids: string[], ownerHash: string, requestId: string) {
  for (const [i, id] of ids.entries()) {
    if (!LOCAL_PHOTO_ID.test(id)) continue;
    const f = await deps.store.files.get(id);
    const owner = f?.complaintId ? await deps.store.complaints.byId(f.complaintId) : null;
    const usedElsewhere =
      Boolean(f?.complaintId) && !(owner?.subjectHash === ownerHash && owner.requestId === requestId);
    if (!f || f.ownerHash !== ownerHash || usedElsewhere) {
      throw errors.invalid([{ path: `photos.${i}`, message: '照片不存在或已被使用，请重新上传' }]);
    }
  }
}
