/**
 * Keyset page cursors as the API carries them: `<ms>_<id>` of the last row (its sort instant and
 * id). The schema (contract/common.schema.ts pageCursor) has checked the shape already.
 */
export interface KeysetCursor {
  at: Date;
  id: string;
}

export const encodeCursor = (c: KeysetCursor) => `${c.at.getTime()}_${c.id}`;

export function decodeCursor(text: string): KeysetCursor {
  const cut = text.indexOf('_');
  return { at: new Date(Number(text.slice(0, cut))), id: text.slice(cut + 1) };
}
