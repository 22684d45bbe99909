/**
 * A small service hall for the mini program suites: the fixtures' organisation plus a head who
 * is not an admin, and data made through the real api as the people who would make it — a card
 * issued by 王丽, a resident's evaluation and complaint, a rectification from the office.
 */
import { dept, dept2, head, seedOrg, staffA, window1, matter1 } from '../../support/fixtures';
import type { Staff, Store } from '../../../server/ports/store';
import { TEMPLATES_KEY } from '../../../server/domain/notify-templates';

/** 社保服务科's head: a department head who is staff, not an admin. */
export const head2: Staff = {
  id: 'STAFF00004',
  number: 'B001',
  name: '孙伟',
  departmentId: dept2.id,
  role: 'staff',
  backupStaffId: null,
  leave: [],
  openid: 'openid-sun',
};

export const people = {
  resident: 'o-resident-chen',
  staff: staffA.openid!,
  head: head2.openid!,
  admin: head.openid!,
} as const;
export type Who = keyof typeof people;

export type Api = (event: unknown) => Promise<any>;

/** The subscribe-message templates the office configured (ids as WeChat's console shows them). */
export const TEMPLATE_IDS = {
  caseNew: 'TPL-case-new-0001',
  caseRemind: 'TPL-case-remind-01',
  caseReplied: 'TPL-case-replied-1',
};

export async function seedHall(store: Store) {
  await seedOrg(store);
  await store.org.putStaff(head2);
  await store.org.putDepartment({ ...dept2, headStaffId: head2.id });
  const spec = (templateId: string, page: string) => ({
    templateId,
    page,
    fields: { character_string1: 'trackingNo', thing2: 'category' },
  });
  await store.settings.put(TEMPLATES_KEY, {
    'case.new': spec(TEMPLATE_IDS.caseNew, 'staff/case/index'),
    'case.remind': spec(TEMPLATE_IDS.caseRemind, 'staff/case/index'),
    'case.replied': spec(TEMPLATE_IDS.caseReplied, 'complaint/detail/index'),
  });
}

let seq = 0;
/** One action as one person, through the deployed function's entry. */
export async function act(
  main: Api,
  setCaller: (openid: string | null) => void,
  who: string,
  action: string,
  payload: unknown,
) {
  setCaller(who);
  const res = await main({ action, payload, requestId: `hall-${++seq}-${Date.now()}` });
  if (!res.ok)
    throw new Error(
      `${action} as ${who}: ${res.error.code} ${res.error.message} ${JSON.stringify(res.error.issues ?? [])}`,
    );
  return res.data;
}

export interface HallData {
  cardId: string;
  complaintId: string;
  trackingNo: string;
  rectificationId: string;
  windowId: string;
  departmentId: string;
  /** The follow-up a second resident's 差评 opened (for the head, never for staff A). */
  followupId: string;
}

export async function seedActivity(main: Api, setCaller: (openid: string | null) => void): Promise<HallData> {
  const a = (who: string, action: string, payload: unknown) => act(main, setCaller, who, action, payload);
  const card = await a(people.staff, 'card.issue', {
    matter: matter1.name,
    matterType: '承诺件',
    promisedDays: 5,
    matterId: matter1.id,
    windowId: window1.id,
  });
  await a(people.resident, 'evaluation.submit', { cardId: card.cardId, level: 4 });
  const complaint = await a(people.resident, 'complaint.submit', {
    cardId: card.cardId,
    category: '服务态度',
    content: '窗口人员态度生硬，不解释材料要求',
    contactPhone: '13812341234',
  });
  const rect = await a(people.admin, 'rectification.create', {
    source: 'other',
    problem: '材料清单不清楚，群众多次往返',
    ownerDepartmentId: dept.id,
    dueOn: '2027-01-31',
  });
  // Another resident gives a second card of staff A's a 差评: it opens a follow-up for the head.
  const second = await a(people.staff, 'card.issue', {
    matter: matter1.name,
    matterType: '承诺件',
    promisedDays: 5,
    matterId: matter1.id,
  });
  await a('o-resident-li', 'evaluation.submit', {
    cardId: second.cardId,
    level: 1,
    tags: ['态度生硬'],
    comment: '问了三遍才告诉我缺什么材料',
  });
  const followups = await a(people.admin, 'followup.inbox', {});
  return {
    followupId: followups.followups[0].id,
    cardId: card.cardId,
    complaintId: complaint.complaintId,
    trackingNo: complaint.trackingNo,
    rectificationId: rect.rectificationId ?? rect.id,
    windowId: window1.id,
    departmentId: dept.id,
  };
}
