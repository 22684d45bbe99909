/** Seeds the demo service hall into an empty store, with a few issued cards to scan. */
import { cardDue, cardNoticeOf, newCardCase } from '../domain/card.rules';
import type { Ids } from '../ports/ids';
import type { Card, Store } from '../ports/store';
import { DEMO_DEPARTMENTS, DEMO_MATTERS, DEMO_STAFF, DEMO_WINDOWS } from './demo-hall';

export interface DemoSummary {
  seeded: boolean;
}

export async function seedDemo(store: Store, ids: Ids, now: Date): Promise<DemoSummary> {
  if ((await store.org.departments()).length > 0) return { seeded: false };
  const deptIds = new Map(DEMO_DEPARTMENTS.map((d) => [d.key, ids.next(12)]));
  const staffIds = new Map(DEMO_STAFF.map((s) => [s.number, ids.next(12)]));
  // The demo hall names its departments and staff by key; a key it does not define is a typo there.
  const known = (map: Map<string, string>, what: string) => (key: string) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`the demo hall has no ${what} ${key}`);
    return id;
  };
  const deptId = known(deptIds, 'department');
  const staffId = known(staffIds, 'staff number');
  const byNumber = (n?: string) => (n ? staffId(n) : null);

  for (const d of DEMO_DEPARTMENTS) {
    // Heads are set after their staff rows exist.
    await store.org.putDepartment({
      id: deptId(d.key),
      name: d.name,
      headStaffId: null,
      supervisionPhone: d.supervisionPhone,
    });
  }
  for (const s of DEMO_STAFF) {
    await store.org.putStaff({
      id: staffId(s.number),
      number: s.number,
      name: s.name,
      departmentId: deptId(s.dept),
      role: s.role,
      backupStaffId: byNumber(s.backup),
      leave: [],
      openid: null,
    });
  }
  for (const d of DEMO_DEPARTMENTS) {
    await store.org.putDepartment({
      id: deptId(d.key),
      name: d.name,
      headStaffId: byNumber(d.head),
      supervisionPhone: d.supervisionPhone,
    });
  }
  const windowIds: string[] = [];
  for (const w of DEMO_WINDOWS) {
    const id = ids.next(12);
    windowIds.push(id);
    await store.org.putWindow({
      id,
      name: w.name,
      departmentId: deptId(w.dept),
      aStaffId: byNumber(w.a),
      bStaffId: byNumber(w.b),
    });
  }
  const matterIds: string[] = [];
  for (const m of DEMO_MATTERS) {
    const id = ids.next(12);
    matterIds.push(id);
    const { dept, ...matter } = m;
    await store.org.putMatter({ id, departmentId: deptId(dept), ...matter });
  }

  // Two issued cards: a 承诺件 at window 1 and a 即办件 at window 3.
  const issue = async (matterIndex: number, staffNumber: string, windowIndex: number) => {
    const m = DEMO_MATTERS[matterIndex];
    const due = cardDue(now, m.type, m.promisedDays, 'working');
    const department = DEMO_DEPARTMENTS.find((d) => d.key === m.dept);
    if (!department) throw new Error(`the demo hall has no department ${m.dept}`);
    const base: Omit<Card, keyof ReturnType<typeof newCardCase>> = {
      id: ids.next(),
      matter: m.name,
      matterType: m.type,
      matterId: matterIds[matterIndex],
      promisedDays: m.promisedDays,
      dayKind: 'working',
      notes: m.notes,
      supervisionPhone: department.supervisionPhone,
      staffId: staffId(staffNumber),
      departmentId: deptId(m.dept),
      windowId: windowIds[windowIndex],
      issuedAt: now,
      dueAt: due.dueAt,
      requestId: `seed-${ids.next(12)}`,
      requestHash: 'seed',
      notice: cardNoticeOf(m),
    };
    const card: Card = { ...base, ...newCardCase(base) };
    await store.cards.insert(card);
  };
  await issue(0, 'A001', 0);
  await issue(2, 'B001', 2);
  return { seeded: true };
}
