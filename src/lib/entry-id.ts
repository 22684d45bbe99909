/**
 * The id a card or window page was opened with. Three ways in:
 * - `id`: a link inside the app or the H5 URL (`/#/pages/card/index?id=XYZ`);
 * - `scene`: a 小程序码 carries the id itself, URL-encoded;
 * - `q`: a plain-URL QR (普通链接二维码) hands the whole URL over, URL-encoded: the short
 *   address the codes carry (`https://host/c/XYZ`, `/w/XYZ`) or an H5 URL with `id=`.
 */
const ID = /^[0-9A-Za-z]{6,32}$/;

export interface EntryParams {
  id?: string;
  scene?: string;
  q?: string;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The id of a short QR address (`/c/<id>`, `/w/<id>`), or the `id=` parameter anywhere in a URL, hash routes included. */
export function idFromUrl(url: string): string | null {
  const text = decode(url);
  const match =
    /^https?:\/\/[^/]+(?:\/[^?#]*)?\/[cw]\/([0-9A-Za-z]+)(?:[?#]|$)/.exec(text) ?? /[?&]id=([0-9A-Za-z]+)/.exec(text);
  return match && ID.test(match[1]) ? match[1] : null;
}

export function entryId(params: EntryParams): string | null {
  if (params.id) {
    const id = decode(params.id).trim();
    if (ID.test(id)) return id;
  }
  if (params.scene) {
    const scene = decode(params.scene).trim();
    if (ID.test(scene)) return scene;
  }
  if (params.q) return idFromUrl(decode(params.q));
  return null;
}
