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
  | 'rectified'
  /** The supervisor answered the 督办单 of an overdue case. */
  | 'superviseReplied'
  /** 延期: asked by the handler, decided by the supervisor. */
  | 'extensionRequested'
  | 'extensionDecided';

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
    requestExtension: boolean;
    decideExtension: boolean;
    superviseReply: boolean;
    /** The person complained about (asked for a statement) may appeal it within 15 days (appeal.submit). */
    appeal: boolean;
  };
  /** The case's one 延期, for staff (the complainant reads the new deadline in the timeline). */
  extension: { days: number; reason: string; status: 'pending' | 'approved' | 'refused'; statusLabel: string } | null;
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

// ---- 延期, 督办单, the 督办 ladder ---------------------------------------------------------------

const reasonText = (min: number, max: number, what: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(min, { message: `${what}至少写 ${min} 个字` }),
      z.maxLength(max, { message: `${what}不能超过 ${max} 字` }),
    );

export const EXTENSION_MAX_DAYS = 7;

/** The handler asks once per case for up to 7 more days, with a reason. */
export const complaintRequestExtensionInput = z.strictObject({
  complaintId: idSchema,
  days: z
    .int()
    .check(
      z.minimum(1, { message: '延期天数至少 1 天' }),
      z.maximum(EXTENSION_MAX_DAYS, { message: `延期最多 ${EXTENSION_MAX_DAYS} 天` }),
    ),
  reason: reasonText(5, 200, '延期理由'),
});
export type ComplaintRequestExtensionInput = z.infer<typeof complaintRequestExtensionInput>;

export const complaintDecideExtensionInput = z
  .strictObject({
    complaintId: idSchema,
    approve: z.boolean(),
    reason: z.optional(z.string().check(z.trim(), z.maxLength(200, { message: '意见不能超过 200 字' }))),
  })
  .check(
    z.refine((v) => v.approve || (v.reason ?? '').length >= 5, {
      message: '不批准请写明理由（至少 5 个字）',
      path: ['reason'],
    }),
  );
export type ComplaintDecideExtensionInput = z.infer<typeof complaintDecideExtensionInput>;

/** The supervisor's answer to a 督办单: what they did about the overdue case. */
export const complaintSuperviseReplyInput = z.strictObject({
  complaintId: idSchema,
  content: reasonText(5, 1000, '督办情况'),
});
export type ComplaintSuperviseReplyInput = z.infer<typeof complaintSuperviseReplyInput>;

export const RUNGS = ['urge', 'supervise', 'report'] as const;
export const complaintSetLadderInput = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        day: z
          .int()
          .check(z.minimum(1, { message: '逾期天数至少 1 天' }), z.maximum(60, { message: '逾期天数最多 60 天' })),
        rung: z.enum(RUNGS, { message: '请选择催办、督办或通报' }),
      }),
    )
    .check(z.minLength(1, { message: '督办阶梯至少 1 级' }), z.maxLength(6, { message: '督办阶梯最多 6 级' })),
});
export type ComplaintSetLadderInput = z.infer<typeof complaintSetLadderInput>;
export interface ComplaintLadderOutput {
  steps: { day: number; rung: (typeof RUNGS)[number]; label: string }[];
  /** Whether these are the defaults (the office has not set its own). */
  isDefault: boolean;
}
