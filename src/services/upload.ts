/**
 * Complaint photos. The builds use upload.h5.ts (POST /api/upload) or upload.weapp.ts (cloud
 * storage in cloud mode, POST /api/upload in http mode); this file holds the types and the
 * fallback tsc and jest see.
 */
export interface PickedPhoto {
  /** What the page shows while and after uploading (an object URL or a temp file path). */
  preview: string;
  /** The uploaded file's id for complaint.submit. */
  fileId: string;
}

/** Lets the resident pick up to `max` photos and uploads them; resolves with what was uploaded. */
export async function pickAndUpload(_max: number): Promise<PickedPhoto[]> {
  return [];
}

/** What an <Image> loads for a photo link from the server. */
export function photoSrc(url: string): string {
  return url;
}
