/**
 * The one contract every Store adapter passes. Each adapter's test file calls
 * `describeStoreContract` with a factory that opens a fresh, empty store.
 */
import type { Store } from '../../server/ports/store';
import { card, dept, dept2, evaluation, head, matter1, seedOrg, staffA, staffB, window1 } from '../support/fixtures';

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
          await store.org.putStaff({ ...staffA, id: `BULK${String(i).padStart(6, '0')}`, number: `B${String(i).padStart(4, '0')}`, openid: null });
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
            card({ id: `CARD00000000000000${i}0`, requestId: `req-${i}-xxxx`, issuedAt: new Date(Date.UTC(2026, 10, i)) }),
          );
        }
        await store.cards.insert(card({ id: 'CARDOTHERSTAFF000001', staffId: staffB.id, requestId: 'req-b-xxxx' }));
        const page1 = await store.cards.byStaff(staffA.id, 2);
        expect(page1.map((c) => c.id)).toEqual(['CARD0000000000000050', 'CARD0000000000000040']);
        const page2 = await store.cards.byStaff(staffA.id, 10, page1[1].issuedAt);
        expect(page2.map((c) => c.id)).toEqual(['CARD0000000000000030', 'CARD0000000000000020', 'CARD0000000000000010']);
      });
    });

    describe('evaluations', () => {
      beforeEach(async () => {
        await store.cards.insert(card());
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
          level: 2, dimensions: { attitude: 1, timeliness: 2 }, tags: ['态度生硬'], comment: '窗口无人', updatedAt: later,
        });
        expect(amended).toEqual({
          ...e, level: 2, dimensions: { attitude: 1, timeliness: 2 }, tags: ['态度生硬'], comment: '窗口无人', updatedAt: later,
        });
        expect(await store.evaluations.byId(e.id)).toEqual(amended);
        // Details replace the old ones whole: a dimension left out is gone, not kept.
        const fewer = await store.evaluations.amend(e.id, { level: 3, dimensions: { timeliness: 3 }, tags: [], comment: '', updatedAt: later });
        expect(fewer?.dimensions).toEqual({ timeliness: 3 });
        expect(fewer).toMatchObject({ level: 3, tags: [], comment: '' });
        expect(await store.evaluations.amend('NOPE00000000000000', { ...e, updatedAt: later })).toBeNull();
      });

      it('lists a subject’s evaluations newest first with a limit', async () => {
        for (let i = 1; i <= 3; i++) {
          await store.evaluations.insert(
            evaluation({
              id: `EVALLIST00000000000${i}`, requestId: `req-list-000${i}`, target: 'window', cardId: null,
              visitKey: `window:${window1.id}:2026-11-2${i}`, createdAt: new Date(Date.UTC(2026, 10, 20 + i)),
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
          departments: 2, windows: 1, staff: 3, matters: 1, cards: 0, evaluations: 0, settings: 0,
        });
        expect(head.role).toBe('admin');
      });
    });
  });
}
