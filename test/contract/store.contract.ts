/**
 * The one contract every Store adapter passes. Each adapter's test file calls
 * `describeStoreContract` with a factory that opens a fresh, empty store.
 */
import type { Store } from '../../server/ports/store';
import type { Complaint, InboxCursor, InboxPage, InboxQuery } from '../../server/ports/complaint-store';
import type { Page, PageCursor } from '../../server/ports/exports';
import type { AuditCursor, AuditEntry } from '../../server/ports/audit';
import {
  dataset,
  expectedComplaints,
  expectedEvaluations,
  expectedBadReasons,
  expectedLevelsBy,
  expectedLevelsByDay,
  FILTERS,
  NOW,
} from './stats-dataset';
import {
  card,
  caseEvent,
  complaint,
  dept,
  dept2,
  evaluation,
  head,
  matter1,
  outboxItem,
  seedOrg,
  staffA,
  staffB,
  window1,
} from '../support/fixtures';

export function describeStoreContract(name: string, open: () => Promise<Store>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await seedOrg(store);
    });
    afterEach(async () => {
      await store.close();
    });

    describe('organisation', () => {
      it('reads back what was put, whole', async () => {
        expect(await store.org.departmentById(dept.id)).toEqual(dept);
        expect(await store.org.staffById(staffB.id)).toEqual(staffB);
        expect(await store.org.windowById(window1.id)).toEqual(window1);
        expect(await store.org.matterById(matter1.id)).toEqual(matter1);
        expect((await store.org.departments()).map((d) => d.id).sort()).toEqual([dept.id, dept2.id].sort());
        expect((await store.org.staff()).map((s) => s.number)).toEqual(['A001', 'A002', 'A003']);
        expect(await store.org.windows()).toEqual([window1]);
        expect(await store.org.matters()).toEqual([matter1]);
      });

      it('finds staff by OPENID and matters by department, and misses unknown ids', async () => {
        expect((await store.org.staffByOpenid('openid-li'))?.id).toBe(staffB.id);
        expect(await store.org.staffByOpenid('nobody')).toBeNull();
        expect(await store.org.mattersByDepartment(dept.id)).toEqual([matter1]);
        expect(await store.org.mattersByDepartment(dept2.id)).toEqual([]);
        expect(await store.org.staffById('NOPE000000')).toBeNull();
        expect(await store.org.windowById('NOPE000000')).toBeNull();
      });

      it('lists the whole organisation, however long (more than one read page)', async () => {
        for (let i = 0; i < 1050; i++) {
          await store.org.putStaff({
            ...staffA,
            id: `BULK${String(i).padStart(6, '0')}`,
            number: `B${String(i).padStart(4, '0')}`,
            openid: null,
          });
        }
        const all = await store.org.staff();
        expect(all).toHaveLength(1053);
        expect(all[3].number).toBe('B0000');
        expect(new Set(all.map((s) => s.id)).size).toBe(1053);
      });

      it('replaces a record on a second put', async () => {
        await store.org.putStaff({ ...staffA, name: '王丽华', leave: [{ from: '2026-12-24', to: '2026-12-25' }] });
        const s = await store.org.staffById(staffA.id);
        expect(s?.name).toBe('王丽华');
        expect(s?.leave).toEqual([{ from: '2026-12-24', to: '2026-12-25' }]);
        expect((await store.org.staff()).length).toBe(3);
      });
    });

    describe('cards', () => {
      it('inserts and reads a card with exact timestamps', async () => {
        const c = card();
        expect(await store.cards.insert(c)).toEqual({ created: true, row: c });
        expect(await store.cards.byId(c.id)).toEqual(c);
        expect(await store.cards.byId('NOPE0000000000000000')).toBeNull();
      });

      it('returns the existing card for a repeated (staff, requestId) and writes nothing', async () => {
        const first = card();
        await store.cards.insert(first);
        const again = await store.cards.insert(card({ id: 'CARD000000000000002', matter: '别的事项' }));
        expect(again).toEqual({ created: false, conflict: 'request', row: first });
        expect((await store.counts()).cards).toBe(1);
        // The same key from another staff member is another request.
        const other = await store.cards.insert(card({ id: 'CARD000000000000003', staffId: staffB.id }));
        expect(other.created).toBe(true);
      });

      it('lists a staff member’s cards newest first, paged by issue time', async () => {
        for (let i = 1; i <= 5; i++) {
          await store.cards.insert(
            card({
              id: `CARD00000000000000${i}0`,
              requestId: `req-${i}-xxxx`,
              issuedAt: new Date(Date.UTC(2026, 10, i)),
            }),
          );
        }
        await store.cards.insert(card({ id: 'CARDOTHERSTAFF000001', staffId: staffB.id, requestId: 'req-b-xxxx' }));
        const page1 = await store.cards.byStaff(staffA.id, 2);
        expect(page1.map((c) => c.id)).toEqual(['CARD0000000000000050', 'CARD0000000000000040']);
        const page2 = await store.cards.byStaff(staffA.id, 10, page1[1].issuedAt);
        expect(page2.map((c) => c.id)).toEqual([
          'CARD0000000000000030',
          'CARD0000000000000020',
          'CARD0000000000000010',
        ]);
      });
    });

    describe('evaluations', () => {
      beforeEach(async () => {
        await store.cards.insert(card());
      });

      it('claims a card for its first evaluator, once, even when claims race (一事一评)', async () => {
        const at = new Date('2026-11-24T03:00:00.000Z');
        const owners = await Promise.all(
          ['subj-1', 'subj-2', 'subj-3'].map((h) => store.evaluations.claimCard('CARD000000000000001', h, at)),
        );
        expect(new Set(owners).size).toBe(1);
        expect(['subj-1', 'subj-2', 'subj-3']).toContain(owners[0]);
        expect(await store.evaluations.claimCard('CARD000000000000001', 'subj-9', at)).toBe(owners[0]);
        expect((await store.counts()).card_claims).toBe(1);
      });

      it('inserts one evaluation and reads it back by id, visit and subject', async () => {
        const e = evaluation();
        expect(await store.evaluations.insert(e)).toEqual({ created: true, row: e });
        expect(await store.evaluations.byId(e.id)).toEqual(e);
        expect(await store.evaluations.bySubjectAndVisit('subj-1', e.visitKey)).toEqual(e);
        expect(await store.evaluations.bySubjectAndVisit('subj-2', e.visitKey)).toBeNull();
        expect(await store.evaluations.bySubject('subj-1', 10)).toEqual([e]);
      });

      it('reports a repeated request key as conflict "request" and writes nothing', async () => {
        const e = evaluation();
        await store.evaluations.insert(e);
        const again = await store.evaluations.insert(evaluation({ id: 'EVAL00000000000002', level: 1 }));
        expect(again).toEqual({ created: false, conflict: 'request', row: e });
        expect((await store.counts()).evaluations).toBe(1);
      });

      it('reports a second evaluation of the same visit as conflict "visit"', async () => {
        const e = evaluation();
        await store.evaluations.insert(e);
        const second = await store.evaluations.insert(
          evaluation({ id: 'EVAL00000000000002', requestId: 'req-eval-0002', level: 2 }),
        );
        expect(second).toEqual({ created: false, conflict: 'visit', row: e });
        // Another resident may evaluate the same card.
        const other = await store.evaluations.insert(
          evaluation({ id: 'EVAL00000000000003', subjectHash: 'subj-2', requestId: 'req-eval-0001' }),
        );
        expect(other.created).toBe(true);
        expect((await store.counts()).evaluations).toBe(2);
      });

      it('creates exactly one row when the same visit is submitted concurrently', async () => {
        const attempts = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            store.evaluations.insert(evaluation({ id: `EVALRACE0000000000${i}`, requestId: `req-race-000${i}` })),
          ),
        );
        expect(attempts.filter((a) => a.created)).toHaveLength(1);
        expect(attempts.filter((a) => !a.created).every((a) => !a.created && a.conflict === 'visit')).toBe(true);
        expect((await store.counts()).evaluations).toBe(1);
      });

      it('amends details and returns the updated row; unknown id gives null', async () => {
        const e = evaluation();
        await store.evaluations.insert(e);
        const later = new Date('2026-11-24T05:00:00.000Z');
        const amended = await store.evaluations.amend(e.id, {
          level: 2,
          dimensions: { attitude: 1, timeliness: 2 },
          tags: ['态度生硬'],
          comment: '窗口无人',
          updatedAt: later,
        });
        expect(amended).toEqual({
          ...e,
          level: 2,
          dimensions: { attitude: 1, timeliness: 2 },
          tags: ['态度生硬'],
          comment: '窗口无人',
          updatedAt: later,
          firstLevel: 4,
          levelChanges: 1,
          earlier: [{ level: 4, at: e.updatedAt }],
        });
        expect(await store.evaluations.byId(e.id)).toEqual(amended);
        // Details replace the old ones whole: a dimension left out is gone, not kept.
        const evenLater = new Date('2026-11-24T06:00:00.000Z');
        const fewer = await store.evaluations.amend(e.id, {
          level: 3,
          dimensions: { timeliness: 3 },
          tags: [],
          comment: '',
          updatedAt: evenLater,
        });
        expect(fewer?.dimensions).toEqual({ timeliness: 3 });
        expect(fewer).toMatchObject({ level: 3, tags: [], comment: '' });
        // Every earlier version keeps its level and the time it was given; details alone change no level.
        const same = await store.evaluations.amend(e.id, {
          level: 3,
          dimensions: {},
          tags: [],
          comment: '补充',
          updatedAt: new Date('2026-11-24T07:00:00.000Z'),
        });
        expect(same).toMatchObject({
          firstLevel: 4,
          levelChanges: 2,
          earlier: [
            { level: 4, at: e.updatedAt },
            { level: 2, at: later },
            { level: 3, at: evenLater },
          ],
        });
        expect(await store.evaluations.amend('NOPE00000000000000', { ...e, updatedAt: later })).toBeNull();
      });

      it('lists a subject’s evaluations newest first with a limit', async () => {
        for (let i = 1; i <= 3; i++) {
          await store.evaluations.insert(
            evaluation({
              id: `EVALLIST00000000000${i}`,
              requestId: `req-list-000${i}`,
              target: 'window',
              cardId: null,
              visitKey: `window:${window1.id}:2026-11-2${i}`,
              createdAt: new Date(Date.UTC(2026, 10, 20 + i)),
            }),
          );
        }
        const list = await store.evaluations.bySubject('subj-1', 2);
        expect(list.map((e) => e.id)).toEqual(['EVALLIST000000000003', 'EVALLIST000000000002']);
        expect(list[0].cardId).toBeNull();
      });
    });

    describe('settings and counts', () => {
      it('stores JSON settings and overwrites them', async () => {
        expect(await store.settings.get('evaluation.form')).toBeNull();
        await store.settings.put('evaluation.form', { praiseTags: ['好'] });
        await store.settings.put('evaluation.form', { praiseTags: ['很好'], amendHours: 12 });
        expect(await store.settings.get('evaluation.form')).toEqual({ praiseTags: ['很好'], amendHours: 12 });
        await store.settings.put('card.dayKind', 'natural');
        expect(await store.settings.get('card.dayKind')).toBe('natural');
      });

      it('counts every collection', async () => {
        expect(await store.counts()).toEqual({
          departments: 2,
          windows: 1,
          staff: 3,
          matters: 1,
          cards: 0,
          evaluations: 0,
          settings: 0,
          complaints: 0,
          case_events: 0,
          outbox: 0,
          messages: 0,
          files: 0,
          bind_codes: 0,
          assessment_scores: 0,
          export_jobs: 0,
          rectifications: 0,
          accountability_records: 0,
          staff_passwords: 0,
          content_flags: 0,
          card_claims: 0,
          audit_log: 0,
          followups: 0,
          appeals: 0,
        });
        expect(head.role).toBe('admin');
      });
    });
    describe('complaints', () => {
      beforeEach(async () => {
        await store.cards.insert(card());
      });
      const filed = () => store.complaints.create(complaint(), [caseEvent()], [outboxItem()]);

      it('creates a case with its timeline and notices in one step, and reads it back whole', async () => {
        const c = complaint();
        expect(await filed()).toEqual({ created: true, row: c });
        expect(await store.complaints.byId(c.id)).toEqual(c);
        expect(await store.complaints.timeline(c.id)).toEqual([caseEvent()]);
        expect(await store.outbox.byComplaint(c.id)).toEqual([outboxItem()]);
        expect(await store.complaints.bySubject('subj-1', 10)).toEqual([c]);
        expect(await store.complaints.byId('NOPE00000000000000')).toBeNull();
      });

      it('answers a repeated submit with the first case, and a taken tracking number with a conflict, writing nothing', async () => {
        await filed();
        const again = await store.complaints.create(
          complaint({ id: 'CMPL000000000000002', trackingNo: 'TS261124-XY99' }),
          [],
          [],
        );
        expect(again).toEqual({ created: false, conflict: 'request', row: complaint() });
        const clash = await store.complaints.create(
          complaint({ id: 'CMPL000000000000003', requestId: 'req-cmpl-0003' }),
          [caseEvent({ id: 'EVT0000000000000003', complaintId: 'CMPL000000000000003' })],
          [],
        );
        expect(clash).toEqual({ created: false, conflict: 'trackingNo' });
        const counts = await store.counts();
        expect([counts.complaints, counts.case_events, counts.outbox]).toEqual([1, 1, 1]);
      });

      it('forgets call-back numbers of cases closed before the cutoff, and sealed OPENIDs of delivered notices', async () => {
        const closedAt = new Date('2026-12-01T00:00:00.000Z');
        const sealedTo = { subjectHash: 'subj-1', sealedOpenid: 'sealed-openid-value' };
        await store.complaints.create(
          complaint({ status: 'closed', closedAt }),
          [],
          [
            outboxItem({ recipient: sealedTo, status: 'sent', sentAt: closedAt }),
            outboxItem({ id: 'OBX0000000000000002', dedupKey: 'k2', recipient: sealedTo, status: 'pending' }),
          ],
        );
        await store.complaints.create(
          complaint({ id: 'CMPL000000000000002', trackingNo: 'TS261124-CD45', requestId: 'req-cmpl-0002' }),
          [],
          [],
        );
        // Not yet: the case closed after the cutoff.
        expect(await store.complaints.purgeContacts(new Date('2026-11-30T00:00:00.000Z'))).toBe(0);
        expect(await store.complaints.purgeContacts(new Date('2026-12-02T00:00:00.000Z'))).toBe(1);
        expect(await store.complaints.purgeContacts(new Date('2026-12-02T00:00:00.000Z'))).toBe(0);
        expect((await store.complaints.byId(complaint().id))?.contactPhone).toBeNull();
        expect((await store.complaints.byId('CMPL000000000000002'))?.contactPhone).toBe('13812341234'); // still open

        expect(await store.outbox.purgeSealed(new Date('2026-11-25T00:00:00.000Z'))).toBe(1);
        expect(await store.outbox.purgeSealed(new Date('2026-11-25T00:00:00.000Z'))).toBe(0);
        const [sent, pending] = await store.outbox.byComplaint(complaint().id);
        expect(sent.recipient).toMatchObject({ subjectHash: 'subj-1' });
        expect((sent.recipient as { sealedOpenid?: string | null }).sealedOpenid ?? null).toBeNull();
        expect(pending.recipient).toEqual(sealedTo); // not delivered yet: still needed
      });

      it('finds timeline entries whose actor is still a raw identity, and replaces it with a hash in place', async () => {
        await store.complaints.create(
          complaint(),
          [
            caseEvent({ id: 'EVT0000000000000001', data: { requestId: 'r1', by: 'wx:o-raw-openid' } }),
            caseEvent({ id: 'EVT0000000000000002', data: { by: 'guest:dev1ce1d' } }),
            caseEvent({ id: 'EVT0000000000000003', data: { by: 'kq3Vb0c8PZ_x-hashed-already000000' } }),
            caseEvent({ id: 'EVT0000000000000004', data: { reason: 'no actor' } }),
          ],
          [],
        );
        expect(await store.complaints.rawActorEvents(10)).toEqual([
          { id: 'EVT0000000000000001', by: 'wx:o-raw-openid' },
          { id: 'EVT0000000000000002', by: 'guest:dev1ce1d' },
        ]);
        expect(await store.complaints.rawActorEvents(1)).toHaveLength(1);
        await store.complaints.setEventActor('EVT0000000000000001', 'HASHED1');
        expect(await store.complaints.rawActorEvents(10)).toEqual([
          { id: 'EVT0000000000000002', by: 'guest:dev1ce1d' },
        ]);
        // Only the actor changes: the entry's other facts stay.
        const [first] = await store.complaints.timeline(complaint().id);
        expect(first.data).toEqual({ requestId: 'r1', by: 'HASHED1' });
      });

      it('applies a transition only from the version it was based on; a stale one writes nothing', async () => {
        await filed();
        const replied = complaint({
          status: 'replied',
          version: 2,
          reply: { content: '已核实并致歉', byStaffId: staffA.id, at: new Date('2026-11-25T02:00:00.000Z') },
          updatedAt: new Date('2026-11-25T02:00:00.000Z'),
        });
        const ev = caseEvent({
          id: 'EVT0000000000000002',
          kind: 'replied',
          actorKind: 'staff',
          actorStaffId: staffA.id,
          at: replied.updatedAt,
        });
        expect(await store.complaints.transition(replied, [ev], [])).toEqual(replied);
        expect(await store.complaints.byId(replied.id)).toEqual(replied);
        const stale = complaint({ status: 'rejected', version: 2, rejectReason: '不属于本部门' });
        expect(
          await store.complaints.transition(
            stale,
            [caseEvent({ id: 'EVT0000000000000009' })],
            [outboxItem({ id: 'OBX9', dedupKey: 'x' })],
          ),
        ).toBeNull();
        expect(await store.complaints.byId(replied.id)).toEqual(replied);
        expect((await store.complaints.timeline(replied.id)).map((e) => e.kind)).toEqual(['filed', 'replied']);
        expect((await store.counts()).outbox).toBe(1);
      });

      it('keeps timeline order for events written at the same instant', async () => {
        await store.complaints.create(
          complaint(),
          [caseEvent({ id: 'EVTZZZ' }), caseEvent({ id: 'EVTAAA', kind: 'routed' })],
          [],
        );
        await store.complaints.transition(
          complaint({ version: 2 }),
          [caseEvent({ id: 'EVTMMM', kind: 'transferred' })],
          [],
        );
        expect((await store.complaints.timeline('CMPL000000000000001')).map((e) => e.kind)).toEqual([
          'filed',
          'routed',
          'transferred',
        ]);
      });

      it('lets exactly one of two concurrent transitions win', async () => {
        await filed();
        const results = await Promise.all(
          [staffA.id, staffB.id].map((by, i) =>
            store.complaints.transition(
              complaint({
                status: 'replied',
                version: 2,
                reply: { content: `答复${i}`, byStaffId: by, at: new Date() },
              }),
              [caseEvent({ id: `EVTRACE00000000000${i}`, kind: 'replied' })],
              [],
            ),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await store.counts()).case_events).toBe(2);
      });

      it('skips a notice whose dedup key is already queued', async () => {
        await filed();
        const next = complaint({ version: 2, sweepStage: 'reminded' });
        const dup = outboxItem(); // same id and dedup key as the one filed with the case
        const fresh = outboxItem({
          id: 'OBX0000000000000002',
          dedupKey: 'case.remind:CMPL000000000000001:0',
          kind: 'case.remind',
        });
        expect(await store.complaints.transition(next, [], [dup, fresh])).toEqual(next);
        expect((await store.outbox.byComplaint(next.id)).map((o) => o.kind)).toEqual(['case.new', 'case.remind']);
        await store.outbox.enqueue([fresh, outboxItem({ id: 'OBX0000000000000003', dedupKey: 'fallback:1' })]);
        expect((await store.counts()).outbox).toBe(3);
      });

      it('lists by assignee, department, queue and status, soonest deadline first', async () => {
        await filed();
        await store.complaints.create(
          complaint({
            id: 'CMPL000000000000002',
            trackingNo: 'TS261124-CD45',
            requestId: 'req-cmpl-0002',
            assigneeStaffId: null,
            replyDueAt: new Date('2026-11-30T15:59:59.999Z'),
          }),
          [],
          [],
        );
        await store.complaints.create(
          complaint({
            id: 'CMPL000000000000003',
            trackingNo: 'TS261124-EF67',
            requestId: 'req-cmpl-0003',
            status: 'closed',
            nextSweepAt: null,
          }),
          [],
          [],
        );
        const ids = (cs: { id: string }[]) => cs.map((c) => c.id);
        expect(ids(await store.complaints.list({ assigneeStaffId: staffA.id, statuses: ['pending'] }, 10))).toEqual([
          'CMPL000000000000001',
        ]);
        expect(ids(await store.complaints.list({ unassigned: true }, 10))).toEqual(['CMPL000000000000002']);
        expect(ids(await store.complaints.list({ departmentId: dept.id }, 10))).toEqual([
          'CMPL000000000000002',
          'CMPL000000000000001',
          'CMPL000000000000003',
        ]);
        expect(ids(await store.complaints.list({ departmentId: dept2.id }, 10))).toEqual([]);
        expect(ids(await store.complaints.dueForSweep(new Date('2026-11-29T01:00:00.000Z'), 10))).toEqual([
          'CMPL000000000000001',
          'CMPL000000000000002',
        ]);
        expect(ids(await store.complaints.dueForSweep(new Date('2026-11-29T00:59:59.999Z'), 10))).toEqual([]);
      });

      describe('the inbox', () => {
        const now = new Date('2026-11-28T02:00:00.000Z');
        const q = (over: Partial<InboxQuery> = {}): InboxQuery => ({
          all: false,
          assigneeStaffId: head.id,
          headOfDepartmentIds: [dept.id],
          readerStaffId: head.id,
          tab: 'pending',
          now,
          dueSoonUntil: new Date(now.getTime() + 48 * 3600_000),
          ...over,
        });
        const at = (iso: string) => new Date(iso);
        const make = (n: number, over: Partial<Complaint>) =>
          complaint({
            id: `CMPLINBOX${String(n).padStart(10, '0')}`,
            trackingNo: `TS2611IB-${String(n).padStart(5, '0')}`,
            requestId: `req-inbox-${n}`,
            ...over,
          });

        it('finds the one new case among 1,000 closed ones on the first page, with counts per tab', async () => {
          for (let i = 0; i < 1000; i++) {
            await store.complaints.create(
              make(i, {
                assigneeStaffId: head.id,
                status: 'closed',
                replyDueAt: at('2026-11-01T15:59:59.999Z'),
                updatedAt: new Date(Date.UTC(2026, 10, 2, 0, 0, i)),
                nextSweepAt: null,
              }),
              [],
              [],
            );
          }
          await store.complaints.create(
            make(1000, { assigneeStaffId: head.id, replyDueAt: at('2026-12-05T15:59:59.999Z') }),
            [],
            [],
          );
          const page = await store.complaints.inbox(q(), null, 20);
          expect(page.rows.map((c) => c.id)).toEqual(['CMPLINBOX0000001000']);
          expect(page.counts).toEqual({ pending: 1, dueSoon: 0, overdue: 0, replied: 1000 });
          expect(page.next).toBeNull();
          // 已回复 pages newest handled first, 300 at a time, each case once.
          const seen: string[] = [];
          let after: InboxCursor | null = null;
          do {
            const p: InboxPage = await store.complaints.inbox(q({ tab: 'replied' }), after, 300);
            seen.push(...p.rows.map((c) => c.id));
            after = p.next;
          } while (after);
          expect(seen).toHaveLength(1000);
          expect(new Set(seen).size).toBe(1000);
          expect(seen[0]).toBe('CMPLINBOX0000000999');
        }, 120_000);

        it('sorts open tabs by deadline, pages them, and keeps each reader to their scope', async () => {
          const cases = [
            make(1, { assigneeStaffId: head.id, replyDueAt: at('2026-11-27T15:59:59.999Z') }), // overdue
            make(2, { assigneeStaffId: staffB.id, replyDueAt: at('2026-11-29T15:59:59.999Z') }), // due soon, the department's
            make(3, { assigneeStaffId: null, replyDueAt: at('2026-11-29T10:00:00.000Z') }), // the office queue
            make(4, { assigneeStaffId: staffB.id, staffId: head.id, replyDueAt: at('2026-12-03T15:59:59.999Z') }), // about the head
            make(5, { assigneeStaffId: staffB.id, departmentId: dept2.id, replyDueAt: at('2026-12-04T15:59:59.999Z') }), // another department
            make(6, { assigneeStaffId: head.id, replyDueAt: at('2026-12-02T15:59:59.999Z') }),
          ];
          for (const c of cases) await store.complaints.create(c, [], []);
          const ids = (p: InboxPage) => p.rows.map((c) => c.id.slice(-1));
          const head1 = await store.complaints.inbox(q(), null, 2);
          expect(ids(head1)).toEqual(['1', '2']);
          expect(ids(await store.complaints.inbox(q(), head1.next, 2))).toEqual(['6']);
          expect(head1.counts).toEqual({ pending: 3, dueSoon: 1, overdue: 1, replied: 0 });
          expect(ids(await store.complaints.inbox(q({ tab: 'dueSoon' }), null, 10))).toEqual(['2']);
          expect(ids(await store.complaints.inbox(q({ tab: 'overdue' }), null, 10))).toEqual(['1']);
          // The office sees every case but those about the admin reading it; a staff member their own only.
          const office = await store.complaints.inbox(q({ all: true }), null, 10);
          expect(ids(office)).toEqual(['1', '3', '2', '6', '5']);
          expect(office.counts).toEqual({ pending: 5, dueSoon: 2, overdue: 1, replied: 0 });
          const mine = await store.complaints.inbox(
            q({ assigneeStaffId: staffB.id, headOfDepartmentIds: [], readerStaffId: staffB.id }),
            null,
            10,
          );
          expect(ids(mine)).toEqual(['2', '4', '5']);
        });
      });
    });

    describe('assessment scores', () => {
      it('keeps one row per person and year, replaced on a second entry', async () => {
        const at = new Date('2026-12-20T02:00:00Z');
        await store.assessments.putScore({
          year: 2026,
          staffId: staffA.id,
          peer: 88.5,
          head: null,
          self: 95,
          enteredByStaffId: head.id,
          updatedAt: at,
        });
        await store.assessments.putScore({
          year: 2026,
          staffId: staffA.id,
          peer: 88.5,
          head: 91,
          self: 95,
          enteredByStaffId: head.id,
          updatedAt: at,
        });
        await store.assessments.putScore({
          year: 2025,
          staffId: staffA.id,
          peer: 70,
          head: 70,
          self: null,
          enteredByStaffId: head.id,
          updatedAt: at,
        });
        expect(await store.assessments.scores(2026)).toEqual([
          { year: 2026, staffId: staffA.id, peer: 88.5, head: 91, self: 95, enteredByStaffId: head.id, updatedAt: at },
        ]);
        expect((await store.counts()).assessment_scores).toBe(2);
      });
    });

    describe('bind codes', () => {
      const code = {
        codeHash: 'hash-1',
        staffId: staffB.id,
        createdByStaffId: head.id,
        createdAt: new Date('2026-11-24T02:00:00Z'),
        expiresAt: new Date('2026-11-27T02:00:00Z'),
      };

      it('a code is used once, before it expires, and unknown codes bind nobody', async () => {
        await store.bindCodes.put(code);
        await store.bindCodes.put({ ...code, codeHash: 'hash-2' });
        expect(await store.bindCodes.consume('hash-1', new Date('2026-11-25T00:00:00Z'))).toBe(staffB.id);
        expect(await store.bindCodes.consume('hash-1', new Date('2026-11-25T00:00:01Z'))).toBeNull();
        expect(await store.bindCodes.consume('hash-2', new Date('2026-11-27T02:00:00Z'))).toBeNull();
        expect(await store.bindCodes.consume('nope', new Date('2026-11-25T00:00:00Z'))).toBeNull();
      });

      it('two binds racing with one code: exactly one gets it', async () => {
        await store.bindCodes.put(code);
        const at = new Date('2026-11-25T00:00:00Z');
        const results = await Promise.all([
          store.bindCodes.consume('hash-1', at),
          store.bindCodes.consume('hash-1', at),
        ]);
        expect(results.filter(Boolean)).toEqual([staffB.id]);
      });
    });

    describe('staff passwords', () => {
      it('keeps one hash per staff member, replaced on a second put', async () => {
        expect(await store.passwords.get(staffA.id)).toBeNull();
        const at = new Date('2026-11-24T02:00:00.000Z');
        await store.passwords.put({ staffId: staffA.id, hash: 'scrypt$1', updatedAt: at });
        await store.passwords.put({ staffId: staffA.id, hash: 'scrypt$2', updatedAt: new Date(at.getTime() + 1000) });
        expect(await store.passwords.get(staffA.id)).toEqual({
          staffId: staffA.id,
          hash: 'scrypt$2',
          updatedAt: new Date(at.getTime() + 1000),
        });
        expect(await store.passwords.get(staffB.id)).toBeNull();
        expect((await store.counts()).staff_passwords).toBe(1);
      });
    });

    describe('files', () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);
      const file = {
        id: 'f_AAAAAAAAAAAAAAAAAAAA',
        ownerHash: 'subj-1',
        contentType: 'image/png',
        size: png.length,
        bytes: png,
        createdAt: new Date('2026-11-24T02:00:00.000Z'),
        complaintId: null,
      };

      it('keeps the exact bytes and binds a file to one case only', async () => {
        await store.cards.insert(card());
        await store.complaints.create(complaint(), [], []);
        await store.complaints.create(
          complaint({
            id: 'CMPL000000000000002',
            trackingNo: 'TS261124-ZZ99',
            requestId: 'req-cmpl-0002',
            photos: [file.id, 'cloud://env-1.abcd/complaints/x.jpg'],
          }),
          [],
          [],
        );
        await store.files.put(file);
        expect(await store.files.get(file.id)).toEqual(file);
        await store.files.attach([file.id], 'CMPL000000000000001');
        await store.files.attach([file.id], 'CMPL000000000000002');
        expect((await store.files.get(file.id))?.complaintId).toBe('CMPL000000000000001');
        expect(await store.files.get('f_BBBBBBBBBBBBBBBBBBBB')).toBeNull();
        expect((await store.complaints.byId('CMPL000000000000002'))?.photos).toEqual([
          file.id,
          'cloud://env-1.abcd/complaints/x.jpg',
        ]);
      });
    });

    describe('outbox and messages', () => {
      beforeEach(async () => {
        await store.cards.insert(card());
        await store.complaints.create(
          complaint(),
          [],
          [
            outboxItem(),
            outboxItem({
              id: 'OBX0000000000000002',
              dedupKey: 'k2',
              nextAttemptAt: new Date('2026-11-24T03:00:00.000Z'),
            }),
          ],
        );
      });
      const at = (iso: string) => new Date(iso);

      it('claims due items once until their lease runs out', async () => {
        const first = await store.outbox.claim(at('2026-11-24T02:30:00.000Z'), at('2026-11-24T02:31:00.000Z'), 10);
        expect(first.map((o) => [o.id, o.attempts])).toEqual([['OBX0000000000000001', 1]]);
        expect(await store.outbox.claim(at('2026-11-24T02:30:30.000Z'), at('2026-11-24T02:32:00.000Z'), 10)).toEqual(
          [],
        );
        const later = await store.outbox.claim(at('2026-11-24T03:00:00.000Z'), at('2026-11-24T03:01:00.000Z'), 10);
        expect(later.map((o) => [o.id, o.attempts]).sort()).toEqual([
          ['OBX0000000000000001', 2],
          ['OBX0000000000000002', 1],
        ]);
      });

      it('two dispatchers at once never take the same item', async () => {
        const [a, b] = await Promise.all([
          store.outbox.claim(at('2026-11-24T04:00:00.000Z'), at('2026-11-24T04:01:00.000Z'), 10),
          store.outbox.claim(at('2026-11-24T04:00:00.000Z'), at('2026-11-24T04:01:00.000Z'), 10),
        ]);
        expect([...a, ...b].map((o) => o.id).sort()).toEqual(['OBX0000000000000001', 'OBX0000000000000002']);
      });

      it('marks items sent, retried later, or undeliverable', async () => {
        await store.outbox.markSent('OBX0000000000000001', at('2026-11-24T02:00:01.000Z'));
        await store.outbox.markFailed('OBX0000000000000002', '43101', null);
        const items = await store.outbox.byComplaint('CMPL000000000000001');
        expect(items.map((o) => [o.status, o.sentAt, o.lastError])).toEqual([
          ['sent', at('2026-11-24T02:00:01.000Z'), null],
          ['undeliverable', null, '43101'],
        ]);
        expect(await store.outbox.claim(at('2026-12-30T00:00:00.000Z'), at('2026-12-30T00:01:00.000Z'), 10)).toEqual(
          [],
        );
      });

      it('keeps a failed item for a retry at the given time', async () => {
        await store.outbox.markFailed('OBX0000000000000001', 'timeout', at('2026-11-24T02:10:00.000Z'));
        expect(await store.outbox.claim(at('2026-11-24T02:09:59.000Z'), at('2026-11-24T02:20:00.000Z'), 10)).toEqual(
          [],
        );
        const retry = await store.outbox.claim(at('2026-11-24T02:10:00.000Z'), at('2026-11-24T02:20:00.000Z'), 10);
        expect(retry.map((o) => [o.id, o.lastError])).toEqual([['OBX0000000000000001', 'timeout']]);
      });

      it('stores in-app messages once per delivery, newest first per recipient', async () => {
        const m = {
          id: 'OBX0000000000000001',
          recipientKey: `staff:${staffA.id}`,
          kind: 'case.new' as const,
          title: '新投诉',
          body: '服务态度',
          complaintId: 'CMPL000000000000001',
          rectificationId: null,
          followupId: null,
          appealId: null,
          cardId: null,
          createdAt: at('2026-11-24T02:00:00.000Z'),
        };
        await store.messages.add(m);
        await store.messages.add(m);
        await store.messages.add({ ...m, id: 'OBX0000000000000002', createdAt: at('2026-11-24T03:00:00.000Z') });
        expect((await store.messages.forRecipient(`staff:${staffA.id}`, 10)).map((x) => x.id)).toEqual([
          'OBX0000000000000002',
          'OBX0000000000000001',
        ]);
        expect(await store.messages.forRecipient(`staff:${staffB.id}`, 10)).toEqual([]);
        expect((await store.counts()).messages).toBe(2);
      });
    });
    describe('statistics agree with the raw rows', () => {
      const { evaluations, complaints } = dataset();
      beforeEach(async () => {
        for (const e of evaluations.filter((x) => x.firstLevel === x.level)) await store.evaluations.insert(e);
        // Some were amended: counted at their latest level, with the changes visible.
        for (const e of evaluations.filter((x) => x.firstLevel !== x.level)) {
          await store.evaluations.insert({ ...e, level: e.firstLevel });
          await store.evaluations.amend(e.id, { ...e, updatedAt: new Date(e.createdAt.getTime() + 60_000) });
        }
        for (const c of complaints) await store.complaints.create(c, [], []);
      });

      it.each(FILTERS)('%s', async (_name, f) => {
        expect(await store.stats.evaluations(f)).toEqual(expectedEvaluations(evaluations, f));
        expect(await store.stats.complaints(f, NOW)).toEqual(expectedComplaints(complaints, f, NOW));
        for (const field of ['departmentId', 'windowId', 'staffId'] as const) {
          expect(await store.stats.levelsBy(field, f)).toEqual(expectedLevelsBy(field, evaluations, f));
        }
        expect(await store.stats.levelsByDay(f)).toEqual(expectedLevelsByDay(evaluations, f));
        expect(await store.stats.badReasons(f)).toEqual(expectedBadReasons(evaluations, f));
        const commented = evaluations.filter(
          (e) =>
            e.comment &&
            e.createdAt >= f.from &&
            e.createdAt < f.to &&
            (!f.matterId || e.matterId === f.matterId) &&
            (!f.departmentId || e.departmentId === f.departmentId) &&
            (!f.windowId || e.windowId === f.windowId) &&
            (!f.staffId || e.staffId === f.staffId),
        );
        const newest = commented
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
          .slice(0, 5);
        expect((await store.stats.recentComments(f, 5)).map((c) => c.comment)).toEqual(newest.map((e) => e.comment));
      });

      it.each(FILTERS)('export pages walk %s in (createdAt, id) order, each row once', async (_name, f) => {
        const byTime = <T extends { createdAt: Date; id: string }>(a: T, b: T) =>
          a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);
        const walk = async <T extends { id: string }>(read: (after: PageCursor | null) => Promise<Page<T>>) => {
          const ids: string[] = [];
          for (let after: PageCursor | null = null, i = 0; i < 100; i++) {
            const page: Page<T> = await read(after);
            expect(page.rows.length).toBeLessThanOrEqual(7);
            ids.push(...page.rows.map((r) => r.id));
            if (!page.next) break;
            after = page.next;
          }
          return ids;
        };
        const inScope = (r: {
          createdAt: Date;
          departmentId: string;
          windowId: string | null;
          staffId: string | null;
          matterId: string | null;
        }) =>
          r.createdAt >= f.from &&
          r.createdAt < f.to &&
          (!f.matterId || r.matterId === f.matterId) &&
          (!f.departmentId || r.departmentId === f.departmentId) &&
          (!f.windowId || r.windowId === f.windowId) &&
          (!f.staffId || r.staffId === f.staffId);
        expect(await walk((after) => store.exports.evaluationsPage(f, after, 7))).toEqual(
          evaluations
            .filter(inScope)
            .sort(byTime)
            .map((e) => e.id),
        );
        expect(await walk((after) => store.exports.complaintsPage(f, after, 7))).toEqual(
          complaints
            .filter(inScope)
            .sort(byTime)
            .map((c) => c.id),
        );
        const [e] = (await store.exports.evaluationsPage(f, null, 1)).rows;
        // An exported evaluation carries nothing of the resident.
        if (e)
          expect(Object.keys(e).sort()).toEqual([
            'cardId',
            'comment',
            'createdAt',
            'departmentId',
            'dimensions',
            'firstLevel',
            'id',
            'level',
            'staffId',
            'tags',
            'windowId',
          ]);
      });
    });

    describe('rectifications', () => {
      const at = (iso: string) => new Date(iso);
      const item = {
        id: 'RECT000000000000001',
        sourceKind: 'other' as const,
        followupId: null,
        complaintId: null,
        sourceNote: '',
        problem: '高峰时段等候时间过长',
        ownerDepartmentId: dept.id,
        ownerStaffId: staffA.id,
        plan: '增开窗口',
        dueOn: '2026-12-10',
        status: 'open' as const,
        entries: [
          { at: at('2026-11-24T02:00:00.000Z'), byStaffId: head.id, kind: 'created' as const, text: '增开窗口' },
        ],
        createdBy: head.id,
        createdAt: at('2026-11-24T02:00:00.000Z'),
        updatedAt: at('2026-11-24T02:00:00.000Z'),
        verifiedAt: null,
        nextSweepAt: at('2026-12-10T01:00:00.000Z'),
        sweepStage: 'none' as const,
        version: 1,
        requestId: 'req-rect-0001',
      };
      const note = outboxItem({
        id: 'OBXR000000000000001',
        dedupKey: 'rect.assigned:RECT000000000000001',
        kind: 'rect.assigned',
        complaintId: null,
        rectificationId: item.id,
      });

      it('creates once per request, with its notices; a stale version is refused; lists and sweeps by time', async () => {
        expect(await store.rectifications.create(item, [note])).toEqual({ created: true, row: item });
        expect(await store.rectifications.create({ ...item, id: 'RECT000000000000009' }, [])).toEqual({
          created: false,
          row: item,
        });
        expect(await store.rectifications.byId(item.id)).toEqual(item);
        const [claimed] = await store.outbox.claim(at('2026-11-24T02:00:00.000Z'), at('2026-11-24T02:01:00.000Z'), 10);
        expect(claimed).toMatchObject({ id: note.id, complaintId: null, rectificationId: item.id });
        const next = {
          ...item,
          status: 'submitted' as const,
          nextSweepAt: null,
          version: 2,
          entries: [
            ...item.entries,
            { at: at('2026-11-25T02:00:00.000Z'), byStaffId: staffA.id, kind: 'submitted' as const, text: '已完成' },
          ],
        };
        expect(await store.rectifications.transition(next, [])).toEqual(next);
        expect(await store.rectifications.transition({ ...next, status: 'open' }, [])).toBeNull();
        expect((await store.rectifications.list({ ownerDepartmentId: dept.id }, 10)).map((r) => r.id)).toEqual([
          item.id,
        ]);
        expect(await store.rectifications.list({ ownerDepartmentId: dept2.id }, 10)).toEqual([]);
        expect(await store.rectifications.list({ ownerStaffId: staffA.id, statuses: ['open'] }, 10)).toEqual([]);
        expect(await store.rectifications.dueForSweep(at('2026-12-31T00:00:00.000Z'), 10)).toEqual([]);
        expect((await store.counts()).rectifications).toBe(1);
      });
    });

    describe('rate counters and job locks', () => {
      const w1 = new Date('2026-11-24T02:00:00.000Z');
      const w2 = new Date('2026-11-24T03:00:00.000Z');
      it('counts hits per key and window, and purges windows that ended', async () => {
        expect(await store.rates.hit('k1', w1)).toBe(1);
        expect(await store.rates.hit('k1', w1)).toBe(2);
        expect(await store.rates.hit('k2', w1)).toBe(1);
        expect(await store.rates.hit('k1', w2)).toBe(1);
        // Concurrent hits on one counter are all counted (an instance each, in production).
        // CloudBase reads the count after its `inc`, so a hit may see later ones too: the
        // limit can only bite early under a race, never let one through.
        const counts = await Promise.all(Array.from({ length: 8 }, () => store.rates.hit('k3', w1)));
        expect(Math.max(...counts)).toBe(8);
        expect(counts.every((c) => c >= 1 && c <= 8)).toBe(true);
        expect(await store.rates.hit('k3', w1)).toBe(9);
        expect(await store.rates.purge(w2)).toBe(3); // k1, k2, k3 in w1
        expect(await store.rates.hit('k1', w1)).toBe(1);
        expect(await store.rates.hit('k1', w2)).toBe(2);
      });

      it('snapshots every counter with its count, comparable across calls and left out of counts()', async () => {
        const [start, before] = await Promise.all([store.rates.snapshot(), store.counts()]);
        expect(await store.rates.snapshot()).toEqual(start);
        await store.rates.hit('s1', w1);
        await store.rates.hit('s1', w1);
        await store.rates.hit('s1', w2);
        const snap = await store.rates.snapshot();
        const added = (s: Record<string, number>) => Object.keys(s).filter((k) => !(k in start));
        expect(
          added(snap)
            .map((k) => snap[k])
            .sort(),
        ).toEqual([1, 2]);
        expect(await store.rates.snapshot()).toEqual(snap);
        await store.rates.hit('s2', w1);
        const more = await store.rates.snapshot();
        expect(added(more)).toHaveLength(3);
        expect(more).toEqual(expect.objectContaining(snap));
        await store.rates.hit('s1', w2);
        expect(await store.rates.snapshot()).not.toEqual(more);
        expect(await store.counts()).toEqual(before);
      });

      it('gives a hit back (a refused request), never below nothing', async () => {
        const start = await store.rates.snapshot();
        await store.rates.hit('g1', w1);
        await store.rates.hit('g1', w1);
        await store.rates.release('g1', w1);
        expect(await store.rates.hit('g1', w1)).toBe(2);
        await store.rates.release('g1', w1);
        await store.rates.release('g1', w1);
        // At 0 the counter is as if never hit; a further release changes nothing.
        expect(await store.rates.snapshot()).toEqual(start);
        await store.rates.release('g1', w1);
        await store.rates.release('g2', w1);
        expect(await store.rates.snapshot()).toEqual(start);
        expect(await store.rates.hit('g1', w1)).toBe(1);
      });

      it('keeps sign-in attempt counters: read without counting, claimed only as read, taken back, purged by age', async () => {
        const t1 = new Date('2026-11-24T02:00:00.000Z');
        const t2 = new Date('2026-11-24T02:05:00.000Z');
        expect(await store.attempts.get('a1')).toBeNull();
        expect(await store.attempts.take('a1')).toBe(0);
        // A claim holds only on the record as read: absent (0), then its count.
        expect(await store.attempts.claim('a1', 0, 1, t1)).toBe(true);
        expect(await store.attempts.claim('a1', 0, 1, t1)).toBe(false);
        expect(await store.attempts.claim('a1', 1, 2, t2)).toBe(true);
        expect(await store.attempts.claim('a1', 1, 2, t2)).toBe(false);
        expect(await store.attempts.get('a1')).toEqual({ count: 2, lastAt: t2 });
        // A stale record may be claimed back to 1.
        expect(await store.attempts.claim('a1', 2, 1, t2)).toBe(true);
        expect(await store.attempts.get('a1')).toEqual({ count: 1, lastAt: t2 });
        // Concurrent claims on one read: exactly one wins, on either kind of record.
        const fresh = await Promise.all(Array.from({ length: 6 }, () => store.attempts.claim('a2', 0, 1, t1)));
        expect(fresh.filter(Boolean)).toHaveLength(1);
        const seen = await Promise.all(Array.from({ length: 6 }, () => store.attempts.claim('a2', 1, 2, t2)));
        expect(seen.filter(Boolean)).toHaveLength(1);
        // `add` counts every one, concurrent or not; the last time only moves forward.
        expect(await store.attempts.add('a3', t2)).toBe(1);
        expect(await store.attempts.add('a3', t1)).toBe(2);
        const counts = await Promise.all(Array.from({ length: 8 }, () => store.attempts.add('a3', t2)));
        expect(Math.max(...counts)).toBe(10);
        expect(await store.attempts.get('a3')).toEqual({ count: 10, lastAt: t2 });
        expect(await store.attempts.take('a3')).toBe(10);
        expect(await store.attempts.get('a3')).toBeNull();
        // Bookkeeping: not in counts; purged by the time of the last attempt.
        expect(Object.keys(await store.counts())).not.toContain('sign_in_attempts');
        await store.attempts.add('a4', t1);
        expect(await store.attempts.purge(t2)).toBe(1); // a4; a1 and a2 were last tried at t2
        expect(await store.attempts.get('a4')).toBeNull();
        expect(await store.attempts.get('a1')).toEqual({ count: 1, lastAt: t2 });
      });

      it('runs a job in one place at a time, and frees the lock when it ends or throws', async () => {
        const inner = await store.locks.exclusive('sweep', 60_000, async () => {
          // While held, the same job is refused; another job is not.
          const again = await store.locks.exclusive('sweep', 60_000, async () => 'ran twice');
          const other = await store.locks.exclusive('purge', 60_000, async () => 'other ran');
          return { again, other };
        });
        expect(inner).toEqual({ again: null, other: 'other ran' });
        await expect(
          store.locks.exclusive('sweep', 60_000, async () => {
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.locks.exclusive('sweep', 60_000, async () => 'free again')).toBe('free again');
      });
    });

    describe('export jobs', () => {
      const at = (iso: string) => new Date(iso);
      const job = {
        id: 'X000000000000000000000001',
        kind: 'evaluations' as const,
        requestedBy: staffA.id,
        requestId: 'req-export-1',
        params: { from: '2026-11-01' },
        status: 'building' as const,
        rowsDone: 0,
        rowsTotal: 10,
        fileId: null,
        fileName: '评价明细.xlsx',
        size: 0,
        error: null,
        createdAt: at('2026-11-24T02:00:00.000Z'),
        updatedAt: at('2026-11-24T02:00:00.000Z'),
      };
      it('starts a job once; a second start answers the stored job; updates patch it', async () => {
        expect(await store.exports.start(job)).toEqual({ created: true, job });
        expect(await store.exports.start({ ...job, rowsTotal: 99 })).toEqual({ created: false, job });
        await store.exports.update(job.id, { rowsDone: 5, updatedAt: at('2026-11-24T02:00:01.000Z') });
        await store.exports.update(job.id, { status: 'done', fileId: 'x_abc', size: 1234 });
        expect(await store.exports.get(job.id)).toEqual({
          ...job,
          rowsDone: 5,
          status: 'done',
          fileId: 'x_abc',
          size: 1234,
          updatedAt: at('2026-11-24T02:00:01.000Z'),
        });
        expect(await store.exports.get('X-unknown')).toBeNull();
        expect((await store.counts()).export_jobs).toBe(1);
      });
    });

    describe('audit trail', () => {
      const entry = (i: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
        id: `AUD${String(i).padStart(5, '0')}`,
        at: new Date(Date.UTC(2026, 10, 1 + (i % 20), 2, 0, 0)),
        actorStaffId: i % 3 ? head.id : staffA.id,
        actorName: i % 3 ? head.name : staffA.name,
        kind: i % 2 ? 'org.staff' : 'export',
        target: `staff:${staffB.id}`,
        summary: `第 ${i} 条`,
        before: i % 2 ? { role: 'staff' } : null,
        after: i % 2 ? { role: 'admin' } : null,
        ...over,
      });
      it('appends once per id, keeps before and after, and pages newest first through filters', async () => {
        for (let i = 0; i < 25; i++) await store.audit.append(entry(i));
        await store.audit.append(entry(3, { summary: '重复提交' })); // a retry: the first stands
        expect((await store.counts()).audit_log).toBe(25);
        const seen: AuditEntry[] = [];
        let after: AuditCursor | null = null;
        do {
          const page: { rows: AuditEntry[]; next: AuditCursor | null } = await store.audit.list({}, after, 7);
          seen.push(...page.rows);
          after = page.next;
        } while (after);
        const all = Array.from({ length: 25 }, (_, i) => entry(i)).sort(
          (a, b) => +b.at - +a.at || (a.id < b.id ? 1 : -1),
        );
        expect(seen).toEqual(all);
        const filtered = await store.audit.list(
          {
            from: new Date('2026-11-05T00:00:00Z'),
            to: new Date('2026-11-15T00:00:00Z'),
            actorStaffId: head.id,
            kind: 'org.staff',
          },
          null,
          100,
        );
        expect(filtered.rows).toEqual(
          all.filter(
            (e) =>
              e.at >= new Date('2026-11-05T00:00:00Z') &&
              e.at < new Date('2026-11-15T00:00:00Z') &&
              e.actorStaffId === head.id &&
              e.kind === 'org.staff',
          ),
        );
        expect(filtered.next).toBeNull();
        expect(filtered.rows.length).toBeGreaterThan(0);
      });
    });
  });
}
