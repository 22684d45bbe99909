/**
 * 小程序码 (WeChat's round mini program codes, `wxacode.getUnlimited`): one per card and window,
 * encoding the page and the id as its `scene`, made once and kept where the deployment keeps
 * files. Only WeChat can scan them; a plain-URL QR (opening H5 elsewhere) is the alternative.
 */
export type MiniCodePage = 'pages/card/index' | 'pages/window/index';

export interface MiniCodes {
  /** Asks WeChat for the code's PNG; throws when WeChat refuses or is unreachable. */
  generate(page: MiniCodePage, scene: string): Promise<Buffer>;
  /** A code made before, by key; null when there is none. */
  load(key: string): Promise<Buffer | null>;
  save(key: string, png: Buffer): Promise<void>;
}
