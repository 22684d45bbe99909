/**
 * Picking and uploading a spreadsheet to import. The builds use sheet-upload.h5.ts (the
 * browser's file picker, POST /api/upload-sheet) or sheet-upload.weapp.ts (a file from a chat,
 * into cloud storage under imports/, or POSTed in http mode); this is the fallback tsc sees.
 */
/** Resolves with the uploaded file's id for an import action, or null when nothing was picked. */
export async function pickAndUploadSheet(): Promise<string | null> {
  return null;
}
