/** Complaint photos: at most three, each a JPEG, PNG or WebP of at most 2 MB, checked by content. */
export const MAX_PHOTOS = 3;
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The image type the bytes really are (the declared type is not trusted), or null. */
export function sniffImageType(b: Uint8Array): PhotoType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Local uploads: `f_` + 20 base62; CloudBase storage: a cloud:// file id under complaints/. */
export const LOCAL_PHOTO_ID = /^f_[0-9A-Za-z]{20}$/;
export const CLOUD_PHOTO_ID = /^cloud:\/\/[A-Za-z0-9._-]{1,80}\/complaints\/[A-Za-z0-9._/-]{1,160}$/;
