import * as z from 'zod/mini';
import './zod';
import { idSchema, mobileSchema, pageCursor } from './common.schema';

/** The seed's complaint categories; an organisation may configure its own (complaint.form). */
export const DEFAULT_CATEGORIES = ['服务态度', '办事效率', '违反一次性告知', '超时未办结', '廉洁问题', '其他'] as const;
export const CONTENT_MAX = 1000;
export const REPLY_MAX = 1000;
export const REASON_MAX = 200;

export { mobileSchema } from './common.schema';

export const complaintSubmitInput = z
  .strictObject({
    cardId: z.optional(idSchema),
    windowId: z.optional(idSchema),
    departmentId: z.optional(idSchema),
    /** A 差评 turned into a follow-up case. */
    evaluationId: z.optional(idSchema),
    category: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
    content: z
      .string()
      .check(
        z.trim(),
        z.minLength(5, { message: '请至少写 5 个字，说明发生了什么' }),
        z.maxLength(CONTENT_MAX, { message: `最多写 ${CONTENT_MAX} 个字` }),
      ),
    contactPhone: z.optional(mobileSchema),
    anonymous: z.optional(z.boolean()),
    /** Up to 3: ids from POST /api/upload (f_…) or, in WeChat, cloud storage file ids (cloud://…/complaints/…). */
    photos: z.optional(
      z
        .array(
          z.string().check(
            z.regex(/^(f_[0-9A-Za-z]{20}|cloud:\/\/[A-Za-z0-9._-]{1,80}\/complaints\/[A-Za-z0-9._/-]{1,160})$/, {
              message: '照片编号不正确',
            }),
          ),
        )
        .check(z.maxLength(3, { message: '最多上传 3 张照片' })),
    ),
  })
  .check(
    z.refine((v) => [v.cardId, v.windowId, v.departmentId, v.evaluationId].filter(Boolean).length === 1, {
      message: '请指定投诉的监督卡、窗口、部门或评价之一',
      path: ['cardId'],
    }),
  );
export type ComplaintSubmitInput = z.infer<typeof complaintSubmitInput>;

export interface StaffRef {
  staffId: string;
  name: string;
}

export interface ComplaintSubmitOutput {
  complaintId: string;
  trackingNo: string;
  replyDueAt: string;
  /** Null when the case waits in the office queue. */
  assignee: StaffRef | null;
  /** Who handles it, by role, as the complainant is told: "不动产登记科 负责人" or "评议办". */
  handledBy: string;
}

export type ComplaintStatus = 'pending' | 'replied' | 'closed' | 'rejected';
export type Rating = 'satisfied' | 'basic' | 'unsatisfied';

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  pending: '待回复',
  replied: '已回复',
  closed: '已办结',
  rejected: '不予受理',
};
export const RATING_LABELS: Record<Rating | 'none', string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
  none: '未评价',
};

export type TimelineKind =
  | 'filed'
  | 'routed'
  | 'transferred'
  | 'reminded'
  | 'escalated'
  | 'replied'
  | 'rated'
  | 'reopened'
  | 'closed'
  | 'rejected'
  /** The complainant contested a decline: back in the office queue. */
  | 'reviewRequested'
  /** The handler asked the person complained about for a statement; they gave it. */
  | 'statementAsked'
  | 'statementGiven'
  /** Staff-only audit entry: someone revealed the contact number. */
  | 'phoneRevealed'
  /** A rectification opened from the case was verified: what was put right, told to the complainant. */
  | 'rectified';

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  /** One line in Chinese, as the reader of this view may see it. */
  text: string;
}

export interface ComplaintBrief {
  complaintId: string;
  trackingNo: string;
  category: string;
  status: ComplaintStatus;
  statusLabel: string;
  createdAt: string;
  replyDueAt: string;
  overdue: boolean;
  /** The first line of the content, for lists. */
  excerpt: string;
  subject: { kind: 'card' | 'window' | 'department' | 'evaluation'; label: string };
  /** Who handles it, by role: "不动产登记科 负责人", "不动产登记科 负责人（B岗代办）" or "评议办". */
  handledBy: string;
}

export interface ComplaintDetail extends ComplaintBrief {
  content: string;
  /** `url` loads the photo: a signed link valid for an hour (uploads) or the cloud:// id itself. */
  photos: { fileId: string; url: string }[];
  anonymous: boolean;
  department: { id: string; name: string };
  assignee: StaffRef | null;
  reply: { content: string; at: string; by: string } | null;
  rating: { rating: Rating | 'none'; label: string; comment: string } | null;
  rejectReason: string | null;
  reopenCount: number;
  /** Masked (138****1234) for staff; the complainant sees their own number. Null if none or hidden. */
  contactPhone: string | null;
  timeline: TimelineEntry[];
  /** What the reader may do now. */
  can: {
    reply: boolean;
    transfer: boolean;
    reject: boolean;
    rate: boolean;
    revealPhone: boolean;
    requestReview: boolean;
    askStatement: boolean;
    giveStatement: boolean;
  };
  /** The server's time of this answer: countdowns run from it (the phone's clock may be off). */
  now: string;
}

export const complaintGetInput = z.strictObject({ complaintId: idSchema });
export type ComplaintGetInput = z.infer<typeof complaintGetInput>;

export const complaintMineInput = z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))) });
export interface ComplaintListOutput {
  complaints: ComplaintBrief[];
}

export const INBOX_TABS = ['pending', 'dueSoon', 'overdue', 'replied'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];
export const complaintInboxInput = z.strictObject({
  tab: z.optional(z.enum(INBOX_TABS)),
  cursor: z.optional(pageCursor),
});
export type ComplaintInboxInput = z.infer<typeof complaintInboxInput>;
export interface ComplaintInboxOutput {
  /** The server's time of this answer, for the countdowns. */
  now: string;
  tab: InboxTab;
  counts: Record<InboxTab, number>;
  complaints: (ComplaintBrief & { assignee: StaffRef | null })[];
  /** Pass back as `cursor` (same tab) for the next page; null when there is none. */
  next: string | null;
}

export const complaintRateInput = z.strictObject({
  complaintId: idSchema,
  rating: z.enum(['satisfied', 'basic', 'unsatisfied']),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(REASON_MAX, { message: `最多写 ${REASON_MAX} 个字` }))),
});
export type ComplaintRateInput = z.infer<typeof complaintRateInput>;

export const complaintReplyInput = z.strictObject({
  complaintId: idSchema,
  content: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, { message: '答复请至少写 5 个字' }),
      z.maxLength(REPLY_MAX, { message: `最多写 ${REPLY_MAX} 个字` }),
    ),
});
export type ComplaintReplyInput = z.infer<typeof complaintReplyInput>;

export const complaintTransferInput = z.strictObject({
  complaintId: idSchema,
  toStaffId: idSchema,
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, { message: '请写明转办原因' }),
      z.maxLength(REASON_MAX, { message: `最多写 ${REASON_MAX} 个字` }),
    ),
});
export type ComplaintTransferInput = z.infer<typeof complaintTransferInput>;

export const complaintRejectInput = z.strictObject({
  complaintId: idSchema,
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, { message: '请写明不予受理的理由' }),
      z.maxLength(REASON_MAX, { message: `最多写 ${REASON_MAX} 个字` }),
    ),
});
export type ComplaintRejectInput = z.infer<typeof complaintRejectInput>;

export const complaintRequestReviewInput = z.strictObject({
  complaintId: idSchema,
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, { message: '请写明申请复核的理由（至少 5 个字）' }),
      z.maxLength(REASON_MAX, { message: `最多写 ${REASON_MAX} 个字` }),
    ),
});
export type ComplaintRequestReviewInput = z.infer<typeof complaintRequestReviewInput>;

export const complaintAskStatementInput = z.strictObject({ complaintId: idSchema });
export type ComplaintAskStatementInput = z.infer<typeof complaintAskStatementInput>;

export const complaintGiveStatementInput = z.strictObject({
  complaintId: idSchema,
  content: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, { message: '情况说明请至少写 5 个字' }),
      z.maxLength(CONTENT_MAX, { message: `最多写 ${CONTENT_MAX} 个字` }),
    ),
});
export type ComplaintGiveStatementInput = z.infer<typeof complaintGiveStatementInput>;

/** After any state change: the case as the caller now sees it. */
export type ComplaintChangeOutput = ComplaintDetail;

export interface ComplaintRevealOutput {
  contactPhone: string | null;
}

export interface ComplaintForm {
  categories: string[];
  contentMax: number;
  replyDays: number;
  dayKind: 'natural' | 'working';
}

export interface UploadOutput {
  fileId: string;
}
