import { z } from 'zod';
import { idSchema } from './common.schema';

export const qrGetInput = z
  .object({ cardId: idSchema.optional(), windowId: idSchema.optional() })
  .strict()
  .refine((v) => (v.cardId ? 1 : 0) + (v.windowId ? 1 : 0) === 1, {
    message: '请指定一张监督卡或一个窗口',
    path: ['cardId'],
  });
export type QrGetInput = z.infer<typeof qrGetInput>;
export interface QrGetOutput {
  /** The URL the code encodes (opens the H5 page; the mini program receives it as `q`). */
  url: string;
  /** The code as a PNG data URL, shown on screen and printed. */
  image: string;
}
