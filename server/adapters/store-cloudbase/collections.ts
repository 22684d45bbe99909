/**
 * The CloudBase collections and the indexes they need. The adapter creates missing collections
 * on a cold start; wx-server-sdk cannot create indexes, so docs/cloudbase.md lists these for the
 * console (a unit test keeps the two in step), and the test stand-in enforces the unique ones.
 */
export const COLLECTIONS = ['departments', 'windows', 'staff', 'matters', 'cards', 'evaluations', 'settings'] as const;
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
  { collection: 'staff', name: 'openid', keys: { openid: 1 }, unique: false, why: 'a WeChat caller → their staff record' },
  { collection: 'matters', name: 'department', keys: { departmentId: 1, name: 1 }, unique: false, why: 'the matters a department offers' },
  { collection: 'cards', name: 'id', keys: { id: 1 }, unique: true, why: 'card.get by card id (the QR scene)' },
  { collection: 'cards', name: 'staff_issued', keys: { staffId: 1, issuedAt: -1 }, unique: false, why: 'card.mine, newest first' },
  { collection: 'evaluations', name: 'id', keys: { id: 1 }, unique: true, why: 'evaluation.amend by id' },
  { collection: 'evaluations', name: 'subject_request', keys: { subjectHash: 1, requestId: 1 }, unique: true, why: 'a repeated submit returns the first result' },
  { collection: 'evaluations', name: 'subject_created', keys: { subjectHash: 1, createdAt: -1 }, unique: false, why: 'evaluation.mine, newest first' },
];
