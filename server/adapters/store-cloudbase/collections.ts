/**
 * The CloudBase collections and the indexes they need. The adapter creates missing collections
 * on a cold start; wx-server-sdk cannot create indexes, so docs/cloudbase.md lists these for the
 * console (a unit test keeps the two in step), and the test stand-in enforces the unique ones.
 */
export const COLLECTIONS = [
  'departments',
  'windows',
  'staff',
  'matters',
  'cards',
  'evaluations',
  'settings',
  'complaints',
  'case_events',
  'outbox',
  'messages',
  'files',
  'bind_codes',
  'assessment_scores',
  'export_jobs',
  'rectifications',
  'accountability_records',
  'rate_counters',
  'sign_in_attempts',
  'job_locks',
  'staff_passwords',
  'content_flags',
  'card_claims',
  'audit_log',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface IndexSpec {
  collection: CollectionName;
  name: string;
  keys: Record<string, 1 | -1>;
  unique: boolean;
  /** Which query needs it. */
  why: string;
}

export const INDEXES: IndexSpec[] = [
  {
    collection: 'staff',
    name: 'openid',
    keys: { openid: 1 },
    unique: false,
    why: 'a WeChat caller → their staff record',
  },
  {
    collection: 'matters',
    name: 'department',
    keys: { departmentId: 1, name: 1 },
    unique: false,
    why: 'the matters a department offers',
  },
  { collection: 'cards', name: 'id', keys: { id: 1 }, unique: true, why: 'card.get by card id (the QR scene)' },
  {
    collection: 'cards',
    name: 'staff_issued',
    keys: { staffId: 1, issuedAt: -1 },
    unique: false,
    why: 'card.mine, newest first',
  },
  { collection: 'evaluations', name: 'id', keys: { id: 1 }, unique: true, why: 'evaluation.amend by id' },
  {
    collection: 'evaluations',
    name: 'subject_request',
    keys: { subjectHash: 1, requestId: 1 },
    unique: true,
    why: 'a repeated submit returns the first result',
  },
  {
    collection: 'evaluations',
    name: 'subject_created',
    keys: { subjectHash: 1, createdAt: -1 },
    unique: false,
    why: 'evaluation.mine, newest first',
  },
  { collection: 'complaints', name: 'id', keys: { id: 1 }, unique: true, why: 'a case by id' },
  {
    collection: 'complaints',
    name: 'tracking_no',
    keys: { trackingNo: 1 },
    unique: true,
    why: 'tracking numbers are unique',
  },
  {
    collection: 'complaints',
    name: 'subject_created',
    keys: { subjectHash: 1, createdAt: -1 },
    unique: false,
    why: 'complaint.mine, newest first',
  },
  {
    collection: 'complaints',
    name: 'assignee_due',
    keys: { assigneeStaffId: 1, replyDueAt: 1 },
    unique: false,
    why: 'a handler’s inbox',
  },
  {
    collection: 'complaints',
    name: 'department_due',
    keys: { departmentId: 1, replyDueAt: 1 },
    unique: false,
    why: 'a department head’s inbox',
  },
  {
    collection: 'complaints',
    name: 'status_due',
    keys: { status: 1, replyDueAt: 1 },
    unique: false,
    why: 'the inbox’s open tabs, soonest deadline first',
  },
  {
    collection: 'complaints',
    name: 'status_updated',
    keys: { status: 1, updatedAt: -1 },
    unique: false,
    why: 'the inbox’s 已回复 tab, newest first',
  },
  {
    collection: 'complaints',
    name: 'next_sweep',
    keys: { nextSweepAt: 1 },
    unique: false,
    why: 'the sweep reads only cases whose time has come',
  },
  {
    collection: 'case_events',
    name: 'complaint_at',
    keys: { complaintId: 1, at: 1, seq: 1 },
    unique: false,
    why: 'a case’s timeline',
  },
  {
    collection: 'outbox',
    name: 'pending',
    keys: { status: 1, nextAttemptAt: 1 },
    unique: false,
    why: 'the dispatcher claims due notices',
  },
  { collection: 'outbox', name: 'complaint', keys: { complaintId: 1 }, unique: false, why: 'a case’s notices' },
  { collection: 'assessment_scores', name: 'year', keys: { year: 1 }, unique: false, why: 'a year’s assessment sheet' },
  {
    collection: 'evaluations',
    name: 'department_created',
    keys: { departmentId: 1, createdAt: 1 },
    unique: false,
    why: 'statistics and exports of a department’s period',
  },
  {
    collection: 'evaluations',
    name: 'created',
    keys: { createdAt: 1, id: 1 },
    unique: false,
    why: 'statistics and export pages of a period',
  },
  {
    collection: 'complaints',
    name: 'created',
    keys: { createdAt: 1, id: 1 },
    unique: false,
    why: 'statistics and export pages of a period',
  },
  {
    collection: 'rectifications',
    name: 'request',
    keys: { createdBy: 1, requestId: 1 },
    unique: true,
    why: 'a retried rectification.create finds the first',
  },
  {
    collection: 'rectifications',
    name: 'department_due',
    keys: { ownerDepartmentId: 1, dueOn: 1 },
    unique: false,
    why: 'rectification.list of a department',
  },
  {
    collection: 'rectifications',
    name: 'next_sweep',
    keys: { nextSweepAt: 1 },
    unique: false,
    why: 'the sweep reads only items whose time has come',
  },
  {
    collection: 'accountability_records',
    name: 'decided',
    keys: { decidedOn: 1, createdAt: 1 },
    unique: false,
    why: 'a year’s 责任追究 records',
  },
  {
    collection: 'rate_counters',
    name: 'window',
    keys: { windowStart: 1 },
    unique: false,
    why: 'the sweep purges old rate-limit windows',
  },
  {
    collection: 'sign_in_attempts',
    name: 'last',
    keys: { lastAt: 1 },
    unique: false,
    why: 'the sweep forgets old sign-in attempt counters',
  },
  {
    collection: 'content_flags',
    name: 'open',
    keys: { resolvedAt: 1, createdAt: -1 },
    unique: false,
    why: 'the admin’s moderation list, newest first',
  },
  { collection: 'audit_log', name: 'at', keys: { at: -1, id: -1 }, unique: false, why: 'audit.list, newest first' },
  {
    collection: 'audit_log',
    name: 'actor_at',
    keys: { actorStaffId: 1, at: -1 },
    unique: false,
    why: 'audit.list of one staff member',
  },
  {
    collection: 'messages',
    name: 'recipient_created',
    keys: { recipientKey: 1, createdAt: -1 },
    unique: false,
    why: 'message.list, newest first',
  },
];
