import * as z from 'zod/mini';
import './zod';
import { idSchema, pageCursor, daySchema } from './common.schema';

const day = daySchema;

export const AUDIT_KINDS = [
  'org.department',
  'org.staff',
  'org.role',
  'org.window',
  'org.matter',
  'org.import',
  'org.bindCode',
  'auth.bind',
  'auth.password',
  'settings',
  'assessment.score',
  'assessment.import',
  'accountability.record',
  'results.publish',
  'complaint.reject',
  'complaint.review',
  'complaint.revealPhone',
  'followup.revealPhone',
  'appeal.submit',
  'appeal.decide',
  'export',
  'export.download',
] as const;

/** What each kind is called on the office's page. */
export const AUDIT_KIND_LABELS: Record<(typeof AUDIT_KINDS)[number], string> = {
  'org.department': '部门',
  'org.staff': '人员',
  'org.role': '角色变更',
  'org.window': '窗口',
  'org.matter': '事项',
  'org.import': '组织导入',
  'org.bindCode': '绑定码',
  'auth.bind': '绑定微信',
  'auth.password': '设置密码',
  settings: '设置',
  'assessment.score': '考核评分',
  'assessment.import': '考核导入',
  'accountability.record': '责任追究',
  'results.publish': '结果公开',
  'complaint.reject': '不予受理',
  'complaint.review': '申请复核',
  'complaint.revealPhone': '查看电话',
  'followup.revealPhone': '查看回访电话',
  'appeal.submit': '提出申诉',
  'appeal.decide': '申诉复核',
  export: '导出',
  'export.download': '下载',
};

export const auditListInput = z
  .strictObject({
    /** Asia/Shanghai calendar days, both included. */
    from: z.optional(day),
    to: z.optional(day),
    actorStaffId: z.optional(idSchema),
    kind: z.optional(z.enum(AUDIT_KINDS)),
    cursor: z.optional(pageCursor),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  })
  .check(z.refine((v) => !v.from || !v.to || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }));
export type AuditListInput = z.infer<typeof auditListInput>;

export interface AuditEntryView {
  at: string;
  actorStaffId: string | null;
  actorName: string;
  kind: (typeof AUDIT_KINDS)[number];
  kindLabel: string;
  target: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface AuditListOutput {
  entries: AuditEntryView[];
  /** Pass back as `cursor` for the next (older) page; null when there is none. */
  next: string | null;
  /** Every kind with its label, for the page's filter (the client imports no values from here). */
  kinds: { kind: (typeof AUDIT_KINDS)[number]; label: string }[];
}
