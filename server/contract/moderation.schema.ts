import * as z from 'zod/mini';
import './zod';

/** Flag ids are 24-character base64url digests. */
export const moderationResolveInput = z.strictObject({
  flagId: z.string().check(z.regex(/^[A-Za-z0-9_-]{24}$/, { message: '编号格式不正确' })),
});
export type ModerationResolveInput = z.infer<typeof moderationResolveInput>;
export interface ModerationResolveOutput {
  flagId: string;
}

export interface ModerationItem {
  flagId: string;
  kind: 'evaluation' | 'complaint' | 'reply' | 'rating';
  /** 评价留言, 投诉内容, 答复, 对答复的评价. */
  kindLabel: string;
  verdict: 'review' | 'unavailable';
  /** 微信提示需人工复核 / 未能检测. */
  verdictLabel: string;
  reason: string | null;
  text: string;
  createdAt: string;
  /** The case to open, for complaint texts. */
  complaintId: string | null;
}

export interface ModerationListOutput {
  items: ModerationItem[];
}
