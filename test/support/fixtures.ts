/** Small, explicit rows for store and action tests. */
import type { CaseEvent, Complaint, OutboxItem } from '../../server/ports/complaint-store';
import { newCardCase } from '../../server/domain/card.rules';
import type { Card, Department, Evaluation, Matter, Staff, Store, Window } from '../../server/ports/store';

export const dept: Department = {
  id: 'DEPT000001',
  name: '不动产登记科',
  headStaffId: 'STAFF00003',
  supervisionPhone: '0571-88001234',
};
export const dept2: Department = { id: 'DEPT000002', name: '社保服务科', headStaffId: null, supervisionPhone: '12345' };
export const staffA: Staff = {
  id: 'STAFF00001',
  number: 'A001',
  name: '王丽',
  departmentId: dept.id,
  role: 'staff',
  backupStaffId: 'STAFF00002',
  leave: [],
  openid: 'openid-wang',
};
export const staffB: Staff = {
  id: 'STAFF00002',
  number: 'A002',
  name: '李强',
  departmentId: dept.id,
  role: 'staff',
  backupStaffId: 'STAFF00001',
  leave: [{ from: '2026-12-01', to: '2026-12-03' }],
  openid: 'openid-li',
};
export const head: Staff = {
  id: 'STAFF00003',
  number: 'A003',
  name: '张敏',
  departmentId: dept.id,
  role: 'admin',
  backupStaffId: null,
  leave: [],
  openid: 'openid-zhang',
};
/** A second office member, not seeded: suites add them where the head (an admin too) may not act. */
export const admin2: Staff = {
  id: 'STAFF00009',
  number: 'A009',
  name: '赵刚',
  departmentId: dept.id,
  role: 'admin',
  backupStaffId: null,
  leave: [],
  openid: 'openid-zhao',
};
export const window1: Window = {
  id: 'WIN0000001',
  name: '3号窗口',
  departmentId: dept.id,
  aStaffId: staffA.id,
  bStaffId: staffB.id,
};
export const matter1: Matter = {
  id: 'MAT0000001',
  departmentId: dept.id,
  name: '不动产转移登记',
  type: '承诺件',
  promisedDays: 5,
  legalDays: 30,
  dayKind: 'working',
  notes: '1. 身份证原件\n2. 不动产权证书',
  notice: {
    conditions: '权属清楚，无查封',
    materials: [
      { name: '身份证', form: 'both', count: 1 },
      { name: '不动产权证书', form: 'original', count: 1 },
    ],
    process: '受理 → 审核 → 登簿 → 发证',
    fee: '每件 80 元',
    basis: '《不动产登记暂行条例》',
  },
};

export async function seedOrg(store: Store) {
  await store.org.putDepartment(dept);
  await store.org.putDepartment(dept2);
  for (const s of [staffA, staffB, head]) await store.org.putStaff(s);
  await store.org.putWindow(window1);
  await store.org.putMatter(matter1);
}

export function card(overrides: Partial<Card> = {}): Card {
  const base: Omit<Card, keyof ReturnType<typeof newCardCase>> = {
    id: 'CARD000000000000001',
    matter: '不动产转移登记',
    matterType: '承诺件',
    matterId: matter1.id,
    promisedDays: 5,
    dayKind: 'working',
    notes: '身份证原件',
    supervisionPhone: '0571-88001234',
    staffId: staffA.id,
    departmentId: dept.id,
    windowId: window1.id,
    issuedAt: new Date('2026-11-24T02:00:00.123Z'),
    dueAt: new Date('2026-12-01T15:59:59.999Z'),
    requestId: 'req-card-0001',
    requestHash: 'h1',
    notice: null,
    ...overrides,
  };
  return { ...base, ...newCardCase(base), ...overrides };
}

export function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'EVAL00000000000001',
    subjectHash: 'subj-1',
    target: 'card',
    cardId: 'CARD000000000000001',
    windowId: window1.id,
    staffId: staffA.id,
    departmentId: dept.id,
    matterId: null,
    visitKey: 'card:CARD000000000000001',
    level: 4,
    dimensions: { attitude: 5 },
    tags: ['热情周到'],
    comment: '',
    createdAt: new Date('2026-11-24T03:00:00.456Z'),
    updatedAt: new Date('2026-11-24T03:00:00.456Z'),
    requestId: 'req-eval-0001',
    requestHash: 'e1',
    firstLevel: overrides.level ?? 4,
    levelChanges: 0,
    earlier: [],
    ...overrides,
  };
}

export function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'CMPL000000000000001',
    trackingNo: 'TS261124-AB23',
    subjectHash: 'subj-1',
    anonymous: false,
    contactPhone: '13812341234',
    notifyOpenid: null,
    source: 'card',
    cardId: 'CARD000000000000001',
    windowId: null,
    evaluationId: null,
    departmentId: dept.id,
    staffId: staffA.id,
    matterId: null,
    category: '服务态度',
    content: '窗口人员态度生硬，不解释材料要求',
    photos: [],
    status: 'pending',
    assigneeStaffId: staffA.id,
    replyDueAt: new Date('2026-12-01T15:59:59.999Z'),
    firstReplyDueAt: new Date('2026-12-01T15:59:59.999Z'),
    firstRepliedAt: null,
    reply: null,
    rating: null,
    ratingComment: '',
    rejectReason: null,
    reopenCount: 0,
    nextSweepAt: new Date('2026-11-29T01:00:00.000Z'),
    sweepStage: 'none',
    lastEscalatedOn: null,
    ladderStep: 0,
    extension: null,
    coveringFor: null,
    version: 1,
    createdAt: new Date('2026-11-24T02:00:00.000Z'),
    updatedAt: new Date('2026-11-24T02:00:00.000Z'),
    closedAt: null,
    requestId: 'req-cmpl-0001',
    requestHash: 'c1',
    ...overrides,
  };
}

export function caseEvent(overrides: Partial<CaseEvent> = {}): CaseEvent {
  return {
    id: 'EVT0000000000000001',
    complaintId: 'CMPL000000000000001',
    at: new Date('2026-11-24T02:00:00.000Z'),
    kind: 'filed',
    actorKind: 'resident',
    actorStaffId: null,
    data: {},
    ...overrides,
  };
}

export function outboxItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'OBX0000000000000001',
    dedupKey: 'case.new:CMPL000000000000001:STAFF00001',
    kind: 'case.new',
    recipient: { staffId: staffA.id },
    complaintId: 'CMPL000000000000001',
    rectificationId: null,
    followupId: null,
    appealId: null,
    cardId: null,
    payload: { title: '新投诉待处理', body: '服务态度', fields: { thing1: '服务态度' } },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date('2026-11-24T02:00:00.000Z'),
    createdAt: new Date('2026-11-24T02:00:00.000Z'),
    sentAt: null,
    lastError: null,
    ...overrides,
  };
}
