/**
 * The sweep and the outbox dispatcher on PGlite with a frozen clock: exactly-once notices when
 * run twice or after a crash, 43101 falling back to the backup, retries with backoff. The push
 * channel is a test double for WeChat's subscribe-message API (what it does not prove: the real
 * API's request format and its error codes beyond the ones scripted here).
 */
import { createRuntime } from '../../server/hosts/runtime';
import { dispatchOutbox } from '../../server/jobs/dispatch';
import { runSweep } from '../../server/jobs/sweep';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import type { PushChannel, PushResult } from '../../server/ports/push';
import type { OutboxItem } from '../../server/ports/complaint-store';
import type { Core } from '../../server/core/dispatch';
import { closeSharedPglite, freshPgliteStore } from '../support/pglite-shared';
import { dept, head, seedOrg, staffA, staffB } from '../support/fixtures';

afterAll(closeSharedPglite);

let core: Core;
const clock = fixedClock('2026-11-24T02:00:00.000Z');
const asStaff = (id: string) => ({ subject: `dev:staff:${id}`, staffId: id });
const alice = { subject: 'dev:alice' };
let n = 0;
const act = async (action: string, payload: unknown, principal: { subject: string; staffId?: string }) => {
  const r = await core.dispatch({ action, payload, requestId: `job-test-${n++}-xxxx` }, principal);
  if (!r.body.ok) throw new Error(`${action}: ${JSON.stringify(r.body)}`);
  return r.body.data as any;
};
const allMessagesOf = async (id: string) =>
  (await core.deps.store.messages.forRecipient(`staff:${id}`, 100)).map((m) => m.kind);
/** A case's notices (the card it was filed on is watched too: its notices are the card tests'). */
const messagesOf = async (id: string) => (await allMessagesOf(id)).filter((k) => !k.startsWith('card.'));
const drain = async (push: PushChannel | null = null) => {
  while ((await dispatchOutbox(core.deps, { push })).claimed) {
    /* until the queue is empty */
  }
};

beforeEach(async () => {
  clock.set('2026-11-24T02:00:00.000Z');
  const store = await freshPgliteStore();
  await seedOrg(store);
  // 王丽 heads the department here, so she handles what is filed about 李强's cards (never 李强).
  await store.org.putDepartment({ ...dept, headStaffId: staffA.id });
  core = await createRuntime({
    store,
    mode: 'local',
    publicBaseUrl: 'https://hall.example.cn',
    clock,
    logger: silentLogger,
  });
});

async function fileCase() {
  const { cardId } = await act(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    asStaff(staffB.id),
  );
  return act('complaint.submit', { cardId, category: '服务态度', content: '窗口人员态度生硬' }, alice);
}

it('a new case reaches the handler’s 消息 once, however often the dispatcher runs', async () => {
  await fileCase();
  await drain();
  await drain();
  expect(await messagesOf(staffA.id)).toEqual(['case.new']);
});

it('runs the whole schedule once: reminder, due day, then the 督办 ladder rung by rung — a second sweep changes nothing', async () => {
  const { complaintId } = await fileCase(); // due Tue 12-01 end of day, Shanghai
  const sweepAt = async (iso: string) => {
    clock.set(iso);
    await runSweep(core.deps);
    const second = await runSweep(core.deps);
    expect(second.cases).toBe(0);
    await drain();
  };
  // [when, what the handler (王丽), the head-supervisor (张敏, also the office here) get by then]
  const table: [string, string[], string[]][] = [
    ['2026-11-28T03:00:00.000Z', ['case.new'], []],
    ['2026-11-29T03:00:00.000Z', ['case.remind', 'case.new'], []], // 11:00 Shanghai, 2 days before
    ['2026-12-01T03:00:00.000Z', ['case.dueDay', 'case.remind', 'case.new'], []],
    ['2026-12-02T03:00:00.000Z', ['case.overdue', 'case.dueDay', 'case.remind', 'case.new'], []], // day 1: 催办
    ['2026-12-02T09:00:00.000Z', ['case.overdue', 'case.dueDay', 'case.remind', 'case.new'], []], // once a day
    ['2026-12-03T03:00:00.000Z', ['case.overdue', 'case.dueDay', 'case.remind', 'case.new'], []], // day 2: nothing
    ['2026-12-04T03:00:00.000Z', ['case.overdue', 'case.dueDay', 'case.remind', 'case.new'], ['case.escalated']], // day 3: 督办
    [
      '2026-12-06T03:00:00.000Z',
      ['case.overdue', 'case.dueDay', 'case.remind', 'case.new'],
      ['case.reported', 'case.escalated'],
    ], // day 5: 通报
    [
      '2026-12-09T03:00:00.000Z',
      ['case.overdue', 'case.dueDay', 'case.remind', 'case.new'],
      ['case.reported', 'case.escalated'],
    ], // the ladder ends
  ];
  for (const [at, handler, supervisor] of table) {
    await sweepAt(at);
    expect([at, await messagesOf(staffA.id)]).toEqual([at, handler]);
    expect([at, await messagesOf(head.id)]).toEqual([at, supervisor]);
  }
  const events = await core.deps.store.complaints.timeline(complaintId);
  expect(events.filter((e) => e.kind === 'escalated').map((e) => e.data.rung)).toEqual(['urge', 'supervise', 'report']);
});

it('a sweep away for days climbs every rung due at once, each once; a configured ladder is used', async () => {
  await core.deps.store.settings.put('complaint.ladder', [
    { day: 2, rung: 'urge' },
    { day: 4, rung: 'report' },
  ]);
  const { complaintId } = await fileCase();
  clock.set('2026-12-07T03:00:00.000Z'); // 6 days overdue, nothing swept since filing
  await runSweep(core.deps);
  await runSweep(core.deps);
  clock.set('2026-12-08T03:00:00.000Z');
  await runSweep(core.deps);
  const events = await core.deps.store.complaints.timeline(complaintId);
  expect(events.filter((e) => e.kind === 'escalated').map((e) => e.data.rung)).toEqual(['urge', 'report']);
  const kinds = (await core.deps.store.outbox.byComplaint(complaintId)).map((o) => o.kind).sort();
  expect(kinds.filter((k) => k === 'case.overdue')).toHaveLength(1);
  expect(kinds.filter((k) => k === 'case.reported').length).toBeGreaterThanOrEqual(1);
  expect(kinds).not.toContain('case.escalated');
});

it('a sweep killed mid-climb (after its write, or before it) leaves each rung’s notice once', async () => {
  const { complaintId } = await fileCase(); // due 12-01
  const store = core.deps.store;
  const real = store.complaints.transition.bind(store.complaints);
  clock.set('2026-12-02T03:00:00.000Z');
  await runSweep(core.deps); // day 1: 催办
  // Day 3: the process dies right after the 督办 rung's write…
  clock.set('2026-12-04T03:00:00.000Z');
  store.complaints.transition = async (...args) => {
    const out = await real(...args);
    throw Object.assign(new Error('killed'), { out });
  };
  await expect(runSweep(core.deps)).rejects.toThrow('killed');
  store.complaints.transition = real;
  await runSweep(core.deps);
  // …day 5: it dies before writing the 通报 rung; the next run writes it.
  clock.set('2026-12-06T03:00:00.000Z');
  store.complaints.transition = async () => {
    throw new Error('killed');
  };
  await expect(runSweep(core.deps)).rejects.toThrow('killed');
  store.complaints.transition = real;
  await runSweep(core.deps);
  await runSweep(core.deps);
  await drain();
  const rungs = (await store.complaints.timeline(complaintId)).filter((e) => e.kind === 'escalated');
  expect(rungs.map((e) => e.data.rung)).toEqual(['urge', 'supervise', 'report']);
  expect(await messagesOf(head.id)).toEqual(['case.reported', 'case.escalated']);
  expect((await messagesOf(staffA.id)).filter((k) => k === 'case.overdue')).toHaveLength(1);
});

it('a crash between the state change and the delivery loses nothing and doubles nothing', async () => {
  await fileCase();
  clock.set('2026-11-29T03:00:00.000Z');
  await runSweep(core.deps); // committed: the case changed and its notice is queued…
  // …then the process died before dispatching. A dispatcher that claimed and died is retried after its lease.
  await core.deps.store.outbox.claim(clock.now(), new Date(clock.now().getTime() + 60_000), 10);
  await drain();
  expect(await messagesOf(staffA.id)).toEqual([]);
  clock.advance(61_000);
  await runSweep(core.deps);
  await drain();
  await drain();
  expect((await messagesOf(staffA.id)).sort()).toEqual(['case.new', 'case.remind']);
});

const refusing = (who: string, sent: string[]): PushChannel => ({
  async send(item: OutboxItem, to): Promise<PushResult> {
    sent.push(`${item.kind}→${to.openid}`);
    return to.openid === who
      ? { ok: false, final: true, code: '43101', message: 'user refuse to accept the msg' }
      : { ok: true };
  },
});
const pushedTo = async (complaintId: string) =>
  (await core.deps.store.outbox.byComplaint(complaintId))
    .map((i) => [i.kind, 'staffId' in i.recipient ? i.recipient.staffId : '', i.status])
    .sort();

it('43101 (no consent left) marks the notice undeliverable and tells the backup instead, without looping', async () => {
  const sent: string[] = [];
  // About 张敏's card: 王丽 (the head here) handles it; her backup 李强 stands in.
  const { cardId } = await act(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    asStaff(head.id),
  );
  const { complaintId } = await act(
    'complaint.submit',
    { cardId, category: '服务态度', content: '窗口人员态度生硬' },
    alice,
  );
  await drain(refusing(staffA.openid!, sent));
  await drain(refusing(staffA.openid!, sent));
  expect(sent).toEqual([`case.new→${staffA.openid}`, `case.new→${staffB.openid}`]);
  expect(await pushedTo(complaintId)).toEqual([
    ['case.new', staffA.id, 'undeliverable'],
    ['case.new', staffB.id, 'sent'],
  ]);
  // Both still see it in their in-app 消息.
  expect(await messagesOf(staffA.id)).toEqual(['case.new']);
  expect(await messagesOf(staffB.id)).toEqual(['case.new']);
});

it('a stand-in is never the person complained about: about 李强, the handler’s backup (李强) is passed over for the office', async () => {
  const sent: string[] = [];
  const { complaintId } = await fileCase();
  await drain(refusing(staffA.openid!, sent));
  await drain(refusing(staffA.openid!, sent));
  expect(sent).toEqual([`case.new→${staffA.openid}`, `case.new→${head.openid}`]);
  expect(await messagesOf(staffB.id)).toEqual([]);
  expect(await pushedTo(complaintId)).toEqual([
    ['case.new', staffA.id, 'undeliverable'],
    ['case.new', head.id, 'sent'],
  ]);
});

it('a request for a statement passes to no stand-in: the backup never learns of a complaint about a colleague', async () => {
  const sent: string[] = [];
  const { complaintId } = await fileCase();
  await drain();
  await act('complaint.askStatement', { complaintId }, asStaff(staffA.id));
  await drain(refusing(staffB.openid!, sent));
  expect(sent).toEqual([`case.statement→${staffB.openid}`]);
  expect(await messagesOf(staffA.id)).toEqual(['case.new']);
  expect(await messagesOf(head.id)).toEqual([]);
});

it('a transient failure is retried later with backoff, then delivered', async () => {
  let fail = true;
  const push: PushChannel = {
    send: async () => (fail ? { ok: false, final: false, code: '-1', message: 'system busy' } : { ok: true }),
  };
  const { complaintId } = await fileCase();
  await dispatchOutbox(core.deps, { push });
  let [item] = await core.deps.store.outbox.byComplaint(complaintId);
  expect(item).toMatchObject({ status: 'pending', attempts: 1, lastError: '-1: system busy' });
  expect(item.nextAttemptAt.getTime() - clock.now().getTime()).toBe(60_000);
  expect((await dispatchOutbox(core.deps, { push })).claimed).toBe(0);
  fail = false;
  clock.advance(60_000);
  await dispatchOutbox(core.deps, { push });
  [item] = await core.deps.store.outbox.byComplaint(complaintId);
  expect(item).toMatchObject({ status: 'sent', attempts: 2 });
});

it('a reply nobody rates closes itself after 7 days as 未评价', async () => {
  const { complaintId } = await fileCase();
  await act('complaint.reply', { complaintId, content: '已电话联系并致歉' }, asStaff(staffA.id));
  clock.advance(7 * 24 * 3600 * 1000 - 1);
  expect((await runSweep(core.deps)).cases).toBe(0);
  clock.advance(1);
  expect((await runSweep(core.deps)).cases).toBe(1);
  const c = await act('complaint.get', { complaintId }, alice);
  expect(c).toMatchObject({ status: 'closed', rating: { rating: 'none', label: '未评价' } });
  expect(c.timeline.at(-1).text).toBe('答复后 7 天未评价，自动办结（未评价）');
});

it('hashes the raw identities older timeline entries kept as their actor; a retried rating still finds its own entry', async () => {
  const { complaintId } = await fileCase();
  await act('complaint.reply', { complaintId, content: '已核实并当面致歉' }, asStaff(staffA.id));
  const rate = { action: 'complaint.rate', payload: { complaintId, rating: 'satisfied' }, requestId: 'rate-once-0001' };
  expect((await core.dispatch(rate, alice)).body.ok).toBe(true);
  // As written before actors were hashed: the raw subject in the filed and rated entries.
  const store = core.deps.store;
  for (const e of await store.complaints.timeline(complaintId)) {
    if (e.kind === 'filed' || e.kind === 'rated') await store.complaints.setEventActor(e.id, alice.subject);
  }
  expect((await store.complaints.rawActorEvents(10)).map((e) => e.by)).toEqual([alice.subject, alice.subject]);
  await runSweep(core.deps);
  expect(await store.complaints.rawActorEvents(10)).toEqual([]);
  const by = (await store.complaints.timeline(complaintId)).map((e) => e.data.by).filter(Boolean);
  expect(JSON.stringify(by)).not.toContain('alice');
  expect(new Set(by).size).toBeLessThanOrEqual(2); // alice's hash, and the replying staff member's
  // The retry is recognised as the same command (same keyed hash): answered, nothing doubled.
  expect((await core.dispatch(rate, alice)).body.ok).toBe(true);
  expect((await store.complaints.timeline(complaintId)).filter((e) => e.kind === 'rated')).toHaveLength(1);
});

describe('rectification items in the sweep', () => {
  const open = (dueOn: string) =>
    act(
      'rectification.create',
      {
        source: 'other',
        problem: '窗口材料清单未更新',
        ownerDepartmentId: staffA.departmentId,
        ownerStaffId: staffA.id,
        dueOn,
      },
      asStaff(head.id),
    );

  it('tells the owner on the due day, escalates once the day after; a second sweep sends nothing', async () => {
    const r = await open('2026-11-26');
    await drain();
    expect(await messagesOf(staffA.id)).toEqual(['rect.assigned']);
    const sweepAt = async (iso: string) => {
      clock.set(iso);
      const first = await runSweep(core.deps);
      const again = await runSweep(core.deps);
      await drain();
      return [first.rectifications, again.rectifications];
    };
    expect(await sweepAt('2026-11-26T00:59:00.000Z')).toEqual([0, 0]); // 08:59 on the due day
    expect(await sweepAt('2026-11-26T01:00:00.000Z')).toEqual([1, 0]); // 09:00
    expect(await messagesOf(staffA.id)).toEqual(['rect.dueDay', 'rect.assigned']);
    expect(await sweepAt('2026-11-27T01:00:00.000Z')).toEqual([1, 0]); // 09:00 the day after: overdue
    expect(await messagesOf(staffA.id)).toEqual(['rect.overdue', 'rect.dueDay', 'rect.assigned']);
    // The head (also an admin here) is told once, though both roles apply.
    expect(await messagesOf(head.id)).toEqual(['rect.overdue']);
    expect(await sweepAt('2026-12-05T01:00:00.000Z')).toEqual([0, 0]);
    const stored = await core.deps.store.rectifications.byId(r.id);
    expect(stored).toMatchObject({ sweepStage: 'overdue', nextSweepAt: null });
    expect(stored!.entries.map((e) => e.kind)).toEqual(['created', 'dueDay', 'overdue']);
  });

  it('from a complaint about the head or an admin: neither is told as supervisor, nor asked to verify it', async () => {
    // 王丽 heads the department here; the complaint is about her own card, so it is the office's.
    const issued = async (by: string) =>
      (await act('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, asStaff(by)))
        .cardId;
    const complaintAbout = async (by: string) =>
      (
        await act(
          'complaint.submit',
          { cardId: await issued(by), category: '服务态度', content: '窗口人员态度生硬' },
          alice,
        )
      ).complaintId;
    const fromCase = async (complaintId: string, dueOn = '2026-11-25') =>
      act(
        'rectification.create',
        {
          source: 'complaint',
          complaintId,
          problem: '窗口服务态度问题',
          ownerDepartmentId: staffB.departmentId,
          ownerStaffId: staffB.id,
          dueOn,
        },
        asStaff(head.id),
      );
    await fromCase(await complaintAbout(staffA.id));
    await drain();
    clock.set('2026-11-26T01:00:00.000Z');
    await runSweep(core.deps);
    await drain();
    expect(await messagesOf(staffB.id)).toEqual(['rect.overdue', 'rect.assigned']);
    expect((await messagesOf(staffA.id)).filter((k) => k.startsWith('rect.'))).toEqual([]);
    expect(await messagesOf(head.id)).toContain('rect.overdue');

    // About an office member: handed in, it is for the other member to verify.
    const admin2 = { ...head, id: 'STAFF00009', number: 'A009', name: '周全', openid: null };
    await core.deps.store.org.putStaff(admin2);
    clock.set('2026-11-26T02:00:00.000Z');
    const { id } = await fromCase(await complaintAbout(head.id), '2026-11-30');
    await act('rectification.report', { rectificationId: id, text: '已约谈并培训', done: true }, asStaff(staffB.id));
    await drain();
    expect(await messagesOf(admin2.id)).toContain('rect.submitted');
    expect(await messagesOf(head.id)).not.toContain('rect.submitted');
  });

  it('a late sweep skips the stale due-day notice; an item handed in is not chased', async () => {
    const late = await open('2026-11-25');
    const done = await open('2026-11-25');
    await act(
      'rectification.report',
      { rectificationId: done.id, text: '已更新并公示材料清单', done: true },
      asStaff(staffA.id),
    );
    clock.set('2026-11-28T02:00:00.000Z');
    await runSweep(core.deps);
    const [a, b] = await Promise.all([
      core.deps.store.rectifications.byId(late.id),
      core.deps.store.rectifications.byId(done.id),
    ]);
    expect(a!.entries.map((e) => e.kind)).toEqual(['created', 'overdue']);
    expect(b!.entries.map((e) => e.kind)).toEqual(['created', 'submitted']);
    expect(b!.nextSweepAt).toBeNull();
  });
});

it('forgets a complainant’s call-back number 90 days after the case closes, in the sweep', async () => {
  const { cardId } = await act(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    asStaff(staffB.id),
  );
  const { complaintId } = await act(
    'complaint.submit',
    { cardId, category: '服务态度', content: '窗口人员态度生硬', contactPhone: '13812341234' },
    alice,
  );
  await act('complaint.reply', { complaintId, content: '已核实，向您致歉' }, asStaff(staffA.id));
  await act('complaint.rate', { complaintId, rating: 'satisfied' }, alice);
  clock.set('2027-02-21T02:00:00.000Z'); // 89 days after closing
  await runSweep(core.deps);
  expect((await core.deps.store.complaints.byId(complaintId))?.contactPhone).toBe('13812341234');
  clock.set('2027-02-23T03:00:00.000Z'); // past 90
  await runSweep(core.deps);
  expect((await core.deps.store.complaints.byId(complaintId))?.contactPhone).toBeNull();
  // The case itself, its content and timeline stay: only the number is personal.
  expect((await core.deps.store.complaints.byId(complaintId))?.content).toBe('窗口人员态度生硬');
});

it('a sweep killed after or before a card’s overdue write leaves each card notice once', async () => {
  const { cardId } = await act(
    'card.issue',
    { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
    asStaff(staffB.id),
  ); // due 12-01; 王丽 (staff A) heads the department here
  const store = core.deps.store;
  const real = store.cards.transition.bind(store.cards);
  // The day before: the process dies right after the card's write…
  clock.set('2026-11-30T02:00:00.000Z');
  store.cards.transition = async (...args) => {
    const out = await real(...args);
    throw Object.assign(new Error('killed'), { out });
  };
  await expect(runSweep(core.deps)).rejects.toThrow('killed');
  store.cards.transition = real;
  await runSweep(core.deps);
  // …the morning after: it dies before the overdue write; the next runs write it once.
  clock.set('2026-12-02T02:00:00.000Z');
  store.cards.transition = async () => {
    throw new Error('killed');
  };
  await expect(runSweep(core.deps)).rejects.toThrow('killed');
  store.cards.transition = real;
  await runSweep(core.deps);
  await runSweep(core.deps);
  await drain();
  await drain();
  const cardKinds = async (id: string) => (await allMessagesOf(id)).filter((k) => k.startsWith('card.'));
  expect(await cardKinds(staffB.id)).toEqual(['card.overdue', 'card.dueSoon']);
  expect(await cardKinds(staffA.id)).toEqual(['card.overdue']);
  const card = await store.cards.byId(cardId);
  expect(card?.events.map((e) => e.kind)).toEqual(['dueSoon', 'overdue']);
  expect(card?.nextSweepAt).toBeNull();
});
