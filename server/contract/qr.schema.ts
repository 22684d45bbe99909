import * as z from 'zod/mini';
import './zod';
import { idSchema } from './common.schema';

export const qrGetInput = z.strictObject({ cardId: z.optional(idSchema), windowId: z.optional(idSchema) }).check(
  z.refine((v) => (v.cardId ? 1 : 0) + (v.windowId ? 1 : 0) === 1, {
    message: '请指定一张监督卡或一个窗口',
    path: ['cardId'],
  }),
);
export type QrGetInput = z.infer<typeof qrGetInput>;
export interface QrGetOutput {
  /** The card's or window's H5 address (what a URL code encodes; the mini program receives it as `q`). */
  url: string;
  /** The code as a PNG data URL, shown on screen and printed. */
  image: string;
  /**
   * `miniCode`: a 小程序码 (WeChat only: it opens the mini program page); `url`: a QR of `url`,
   * which opens H5 in any camera — and the mini program in WeChat when the plain-URL rule is set.
   */
  codeKind: 'miniCode' | 'url';
}

/** Whether the mini program has a 扫普通链接二维码打开小程序 rule for PUBLIC_URL (set in its admin console). */
export const qrRuleInput = z.strictObject({ plainUrlRule: z.boolean() });
export type QrRuleInput = z.infer<typeof qrRuleInput>;
export interface QrRuleOutput {
  plainUrlRule: boolean;
  /** Whether this deployment can make 小程序码 at all (WeChat credentials or CloudBase). */
  miniCodes: boolean;
}
