/**
 * 差评回访 (follow-up) and 申诉复核 (appeal) payloads and views. A 差评's follow-up goes to the
 * head of the rated person's department (or the office), never to the rated person.
 */
import * as z from 'zod/mini';
import './zod';
import { daySchema, idSchema, pageCursor } from './common.schema';

const text = (min: number, max: number, what: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(min, { message: `${what}至少写 ${min} 个字` }),
      z.maxLength(max, { message: `${what}不能超过 ${max} 字` }),
    );

export const FOLLOWUP_TABS = ['todo', 'waiting', 'done'] as const;
export type FollowupTabName = (typeof FOLLOWUP_TABS)[number];
export const FOLLOWUP_TAB_LABELS: Record<FollowupTabName, string> = {
  todo: '待回访',
  waiting: '待审核',
  done: '已回访',
};

export const followupInboxInput = z.strictObject({
  tab: z.optional(z.enum(FOLLOWUP_TABS)),
  cursor: z.optional(pageCursor),
});
export type FollowupInboxInput = z.infer<typeof followupInboxInput>;

export const followupGetInput = z.strictObject({ followupId: idSchema });
export type FollowupGetInput = z.infer<typeof followupGetInput>;

export const CALLBACKS = ['reached', 'unreached', 'none'] as const;
export const CLASSIFICATIONS = ['true', 'partly', 'untrue', 'mistaken', 'malicious'] as const;
export const DISPOSALS = ['fixed', 'rectify', 'explained'] as const;

export const followupRecordInput = z
  .strictObject({
    followupId: idSchema,
    callback: z.enum(CALLBACKS, { message: '请选择回访情况' }),
    classification: z.enum(CLASSIFICATIONS, { message: '请选择核实结果' }),
    disposal: z.enum(DISPOSALS, { message: '请选择处理方式' }),
    /** What was done, what will be rectified, or the explanation given: the resident reads it. */
    content: text(5, 1000, '处理情况'),
    /** For 限期整改: the rectification item's due date (Asia/Shanghai) — default 30 days. */
    rectifyDueOn: z.optional(daySchema),
  })
  .check(
    z.refine((v) => v.disposal !== 'rectify' || !['mistaken', 'malicious', 'untrue'].includes(v.classification), {
      message: '核实为不属实、误评或恶意差评的，无需限期整改',
      path: ['disposal'],
    }),
  );
export type FollowupRecordInput = z.infer<typeof followupRecordInput>;

export const followupRateInput = z.strictObject({ followupId: idSchema, satisfied: z.boolean() });
export type FollowupRateInput = z.infer<typeof followupRateInput>;

export type FollowupStatusName = 'open' | 'approval' | 'answered' | 'review' | 'closed' | 'withdrawn';

export interface FollowupEntryView {
  at: string;
  kind: string;
  label: string;
  text: string;
  by: string | null;
}

export interface FollowupBrief {
  id: string;
  status: FollowupStatusName;
  statusLabel: string;
  level: number;
  levelLabel: string;
  /** What was rated: the card's matter, or the window. */
  title: string;
  departmentName: string;
  dueAt: string;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FollowupOutcome {
  callbackLabel: string;
  classification: (typeof CLASSIFICATIONS)[number];
  classificationLabel: string;
  disposal: (typeof DISPOSALS)[number];
  disposalLabel: string;
  content: string;
  at: string;
}

/** What the handler (or the office) sees; never to the rated person. */
export interface FollowupDetail extends FollowupBrief {
  /** The 差评 itself: the handler must know what to follow up. */
  evaluation: { level: number; tags: string[]; comment: string; at: string };
  /** The rated person, by name (the handler's own staff member); null for a window without anyone on duty. */
  ratedStaff: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  /** Masked (138****1234) until revealed; null when none was left. */
  callbackPhone: string | null;
  outcome: FollowupOutcome | null;
  rectification: { id: string; status: string; verifiedAt: string | null } | null;
  satisfied: boolean | null;
  timeline: FollowupEntryView[];
  can: { record: boolean; review: boolean; revealPhone: boolean };
  now: string;
}

export interface FollowupInboxOutput {
  now: string;
  tab: FollowupTabName;
  counts: Record<FollowupTabName, number>;
  followups: FollowupBrief[];
  next: string | null;
}

export interface FollowupRevealOutput {
  followupId: string;
  callbackPhone: string | null;
}

/** How a resident sees the follow-up of their 差评, in 我的评价. */
export interface MyFollowup {
  followupId: string;
  status: FollowupStatusName;
  statusLabel: string;
  outcome: Omit<FollowupOutcome, 'classification' | 'classificationLabel'> | null;
  /** 整改结果: set once the rectification a 限期整改 opened is verified. */
  rectified: { at: string } | null;
  satisfied: boolean | null;
  canRate: boolean;
}

// ---- appeals -----------------------------------------------------------------------------------

export const APPEAL_WINDOW_DAYS = 15;

export const appealSubmitInput = z
  .strictObject({
    evaluationId: z.optional(idSchema),
    complaintId: z.optional(idSchema),
    reason: text(10, 1000, '申诉理由'),
    /** An uploaded file (POST /api/upload, or cloud storage in WeChat): evidence, optional. */
    attachment: z.optional(
      z.string().check(
        z.regex(/^(f_[0-9A-Za-z]{20}|cloud:\/\/[A-Za-z0-9._-]{1,80}\/complaints\/[A-Za-z0-9._/-]{1,160})$/, {
          message: '附件编号不正确',
        }),
      ),
    ),
  })
  .check(
    z.refine((v) => (v.evaluationId ? 1 : 0) + (v.complaintId ? 1 : 0) === 1, {
      message: '请指定一条差评或一件投诉',
      path: ['evaluationId'],
    }),
  );
export type AppealSubmitInput = z.infer<typeof appealSubmitInput>;

export const appealDecideInput = z
  .strictObject({
    appealId: idSchema,
    upheld: z.boolean(),
    reason: z.optional(z.string().check(z.trim(), z.maxLength(1000, { message: '复核意见不能超过 1000 字' }))),
  })
  .check(
    z.refine((v) => v.upheld || (v.reason ?? '').length >= 5, {
      message: '驳回申诉请写明理由（至少 5 个字）',
      path: ['reason'],
    }),
  );
export type AppealDecideInput = z.infer<typeof appealDecideInput>;

export const appealListInput = z.strictObject({
  status: z.optional(z.enum(['pending', 'upheld', 'dismissed'])),
});
export type AppealListInput = z.infer<typeof appealListInput>;

export interface AppealView {
  id: string;
  kind: 'evaluation' | 'complaint' | 'classification';
  kindLabel: string;
  status: 'pending' | 'upheld' | 'dismissed';
  statusLabel: string;
  /** The appellant: the office sees who; the resident never does. */
  by: { id: string; name: string };
  about: { id: string; name: string } | null;
  departmentName: string;
  reason: string;
  hasAttachment: boolean;
  /** What is appealed, as the office needs it to decide. */
  target: {
    level?: number;
    tags?: string[];
    comment?: string;
    trackingNo?: string;
    category?: string;
    content?: string;
  };
  classificationLabel: string | null;
  dueAt: string;
  overdue: boolean;
  decision: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface AppealListOutput {
  appeals: AppealView[];
  now: string;
}
