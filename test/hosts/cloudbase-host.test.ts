/**
 * The `api` cloud function entry in-process: the shared action suite through createApiFunction,
 * with the caller's OPENID supplied the way wx-server-sdk's getWXContext does, and the database
 * replaced by the mingo stand-in (see its header for what that does not prove). Not proven here:
 * the real SDK's init and context plumbing, and WeChat's delivery of OPENID.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createCloudbaseStore } from '../../server/adapters/store-cloudbase/cloudbase-store';
import { COLLECTIONS } from '../../server/adapters/store-cloudbase/collections';
import { createApiFunction, type CloudSdk } from '../../server/hosts/cloudbase/api-function';
import { CloudStorageStandIn } from '../support/cloud-storage-standin';
import { describeExports, describeReport } from './exports.suite';
import { describeRectifications } from './rectifications.suite';
import { describeFollowups } from './followups.suite';
import { describeSupervision } from './supervision.suite';
import { describeCards } from './cards.suite';
import { describeOrg } from './org.suite';
import { describeAccountability, describeAssessmentImport } from './accountability.suite';
import { createSweepFunction } from '../../server/hosts/cloudbase/sweep-function';
import { TEMPLATES_KEY } from '../../server/domain/notify-templates';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import { CloudbaseDbStandIn } from '../support/cloudbase-db-standin';
import { head, seedOrg, staffA, staffB, window1 } from '../support/fixtures';
import { describeActions } from './actions.suite';
import { describeComplaints } from './complaints.suite';
import type { As, TestHost } from './harness';
import { describeNoRawIdentity } from './privacy.suite';
import { describeAuditTrail } from './audit.suite';
import { describeBadInput } from './bad-input.suite';
import { describeRetries } from './retries.suite';

const ENV = { SESSION_SECRET: 's'.repeat(32), IDENTITY_PEPPER: 'p'.repeat(32), PUBLIC_URL: 'https://hall.example.cn' };
const openidOf = new AsyncLocalStorage<string | undefined>();
/** The phone's address WeChat reports (CLIENTIP); one for every test call unless a test says otherwise. */
let clientIp = '10.1.2.3';

/** What the function sees of wx-server-sdk: init, the database and the caller's context. */
function fakeCloud(db: CloudbaseDbStandIn, storage = new CloudStorageStandIn()): CloudSdk & { inits: unknown[] } {
  const inits: unknown[] = [];
  return {
    inits,
    uploadFile: (o) => storage.uploadFile(o),
    getTempFileURL: (o) => storage.getTempFileURL(o),
    downloadFile: (o) => storage.downloadFile(o),
    init: (options) => void inits.push(options),
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    database: () => db,
    getWXContext: () => ({ OPENID: openidOf.getStore(), CLIENTIP: clientIp }),
  };
}

const openidFor = (as: As) =>
  as === 'nobody' ? undefined : 'staff' in as ? (as.staff.openid ?? undefined) : `o-resident-${as.resident}`;

async function openCloudHost(env: NodeJS.ProcessEnv = ENV) {
  const db = new CloudbaseDbStandIn();
  const clock = fixedClock('2026-11-24T02:00:00.000Z');
  const storage = new CloudStorageStandIn();
  const cloud = fakeCloud(db, storage);
  const main = createApiFunction(cloud, { env, clock, logger: silentLogger });
  // The timer's function, made when a test first sweeps (it initialises the SDK as its own instance).
  let sweepFn: ReturnType<typeof createSweepFunction> | null = null;
  // The test's own view of the same database (a second instance, as a second warm function would be).
  const store = await createCloudbaseStore(db);
  const openids = new Set<string>();
  const invoke = (event: unknown, openid?: string) => openidOf.run(openid, () => main(event)) as Promise<any>;
  const host: TestHost & { db: CloudbaseDbStandIn; cloud: typeof cloud; invoke: typeof invoke } = {
    name: 'cloudbase',
    store,
    db,
    cloud,
    invoke,
    setNow: (iso) => clock.set(iso),
    async call(action, payload, as, requestId) {
      if (as !== 'nobody' && 'resident' in as) openids.add(openidFor(as)!);
      // wx.cloud.callFunction delivers `data` plus the SDK's own userInfo as the event.
      const event = { action, payload, requestId, userInfo: { appId: 'wx0000000000000000', openId: openidFor(as) } };
      return { body: await invoke(event, openidFor(as)) };
    },
    download: async (url) => ({ status: 200, bytes: storage.read(url), headers: {} }),
    // The mini program puts it in cloud storage itself (wx.cloud.uploadFile under imports/).
    uploadSheet: async (bytes) =>
      (await storage.uploadFile({ cloudPath: `imports/${Date.now()}.xlsx`, fileContent: bytes })).fileID,
    close: () => store.close(),
    // The timer trigger's function: the sweep, then the dispatcher.
    sweep: async () => {
      sweepFn ??= createSweepFunction(cloud, { env, clock, logger: silentLogger });
      await sweepFn();
    },
    privacy: {
      dump: async () => COLLECTIONS.map((name) => `# ${name}\n${JSON.stringify(db.dump(name))}`).join('\n'),
      rawIdentities: () => [...openids].flatMap((openid) => [openid, `wx:${openid}`]),
      // The mini program uploads to cloud storage itself (wx.cloud.uploadFile) and files the fileID.
      photo: async () => 'cloud://env-1.abcd/complaints/2026/privacy-scan.jpg',
    },
  };
  return host;
}

describe('CloudBase function: actions', () => {
  describeActions(() => openCloudHost());
});

describe('CloudBase function: complaints', () => {
  describeComplaints(() => openCloudHost());
});

describe('CloudBase function: exports', () => {
  describeExports(() => openCloudHost());
});

describe('CloudBase function: 评议报告', () => {
  describeReport(() => openCloudHost());
});

describe('CloudBase function: rectifications', () => {
  describeRectifications(() => openCloudHost());
});

describe('CloudBase function: 差评回访 and appeals', () => {
  describeFollowups(() => openCloudHost());
});

describe('CloudBase function: 延期, 督办单 and the ladder', () => {
  describeSupervision(() => openCloudHost());
});

describe('CloudBase function: the service case on a card', () => {
  describeCards(() => openCloudHost());
});

describe('CloudBase function: accountability', () => {
  describeAccountability(() => openCloudHost());
});

describe('CloudBase function: assessment import', () => {
  describeAssessmentImport(() => openCloudHost());
});

describe('CloudBase function: the audit trail', () => {
  describeAuditTrail(() => openCloudHost());
});

describe('CloudBase function: organisation', () => {
  describeOrg(() => openCloudHost());
});

describe('CloudBase function: no raw identity in any collection', () => {
  describeNoRawIdentity(() => openCloudHost(), { guest: { resident: 'g1' }, wechat: { resident: 'w1' } });
});

describe('CloudBase function: the database failing mid-way (conflicts, timeouts)', () => {
  // What this does not prove: the real SDK's error shapes and texts (the stand-in mimics the
  // documented DATABASE_TRANSACTION_CONFLICT and wx-server-sdk's -501002 timeout), and real
  // concurrent transactions' conflict detection.
  let host: Awaited<ReturnType<typeof openCloudHost>>;
  const resident: As = { resident: 'fault-r1' };
  const written = () =>
    Object.fromEntries(
      ['cards', 'evaluations', 'complaints', 'case_events', 'outbox'].map((n) => [n, host.db.dump(n).length]),
    );
  const call = (action: string, payload: unknown, as: As, requestId?: string) =>
    host.call(action, payload, as, requestId).then((r) => r.body);
  const issueCard = async () =>
    (await call('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, { staff: staffA }))
      .data.cardId as string;
  const complaint = (cardId: string) => ({
    cardId,
    category: '服务态度',
    content: '窗口人员态度生硬，不解释材料要求',
    contactPhone: '13812341234',
  });

  beforeEach(async () => {
    host = await openCloudHost();
    await seedOrg(host.store);
    host.setNow('2026-11-24T02:00:00.000Z');
  });
  afterEach(() => host.close());

  const unavailable = (body: any) => {
    expect(body).toMatchObject({ ok: false, error: { code: 'SERVICE.UNAVAILABLE', retryAfter: expect.any(Number) } });
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  };

  it('a transaction that collides is run again and goes through once', async () => {
    const cardId = await issueCard();
    const before = written();
    host.db.faults.push(
      { op: 'commit', collection: 'complaints', error: 'conflict' },
      { op: 'commit', collection: 'complaints', error: 'conflict' },
    );
    const out = await call('complaint.submit', complaint(cardId), resident, 'fault-complaint-01');
    expect(out.ok).toBe(true);
    expect(host.db.faultsFired).toBe(2);
    expect(written()).toMatchObject({ complaints: before.complaints + 1, case_events: before.case_events + 2 });
  });

  it('a transaction that keeps colliding answers 503 with Retry-After, writing nothing; the retry is answered once', async () => {
    const cardId = await issueCard();
    const before = written();
    for (let i = 0; i < 4; i++) host.db.faults.push({ op: 'commit', collection: 'complaints', error: 'conflict' });
    unavailable(await call('complaint.submit', complaint(cardId), resident, 'fault-complaint-02'));
    expect(written()).toEqual(before);
    const retry = await call('complaint.submit', complaint(cardId), resident, 'fault-complaint-02');
    const again = await call('complaint.submit', complaint(cardId), resident, 'fault-complaint-02');
    expect(retry.ok).toBe(true);
    expect(again.data.complaintId).toBe(retry.data.complaintId);
    expect(written().complaints).toBe(before.complaints + 1);
  });

  it('a timeout inside a reply’s transaction writes none of it (case, timeline, notice); the retry replies once', async () => {
    const { complaintId } = (await call('complaint.submit', complaint(await issueCard()), resident)).data;
    const before = { ...written(), case: host.db.dump('complaints').find((d) => d.id === complaintId) };
    // The second write of the transaction (the timeline entry after the case) times out.
    host.db.faults.push({ op: 'txSet', collection: 'case_events', error: 'timeout' });
    unavailable(
      await call(
        'complaint.reply',
        { complaintId, content: '已核实情况，向您致歉' },
        { staff: head },
        'fault-reply-0001',
      ),
    );
    expect({ ...written(), case: host.db.dump('complaints').find((d) => d.id === complaintId) }).toEqual(before);
    const retry = await call(
      'complaint.reply',
      { complaintId, content: '已核实情况，向您致歉' },
      { staff: head },
      'fault-reply-0001',
    );
    expect(retry).toMatchObject({ ok: true, data: { status: 'replied' } });
    expect(
      host.db.dump('case_events').filter((e) => e.complaintId === complaintId && e.kind === 'replied'),
    ).toHaveLength(1);
  });

  it('a timeout on a plain write or read answers 503, never 500, and the retry goes through', async () => {
    const cardId = await issueCard();
    const before = written();
    host.db.faults.push({ op: 'add', collection: 'evaluations', error: 'timeout' });
    unavailable(await call('evaluation.submit', { cardId, level: 5 }, resident, 'fault-eval-00001'));
    expect(written()).toEqual(before);
    expect((await call('evaluation.submit', { cardId, level: 5 }, resident, 'fault-eval-00001')).ok).toBe(true);
    host.db.faults.push({ op: 'get', collection: 'cards', error: 'timeout' });
    unavailable(await call('card.get', { cardId }, resident));
    expect((await call('card.get', { cardId }, resident)).ok).toBe(true);
  });
});

describe('CloudBase function: per-address limits use the address WeChat reports (CLIENTIP)', () => {
  it('many residents behind one address are limited together; another address is not', async () => {
    const host = await openCloudHost();
    try {
      await seedOrg(host.store);
      const card = async () =>
        (
          await host.call(
            'card.issue',
            { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 },
            { staff: staffA },
          )
        ).body.data.cardId;
      const file = async (who: string) =>
        (
          await host.call(
            'complaint.submit',
            { cardId: await card(), category: '服务态度', content: '窗口人员态度生硬，不解释材料要求' },
            { resident: who },
          )
        ).body;
      // 60 complaints an hour per address (rate.rules.ts), five per resident: 12 residents fill it.
      for (let r = 0; r < 12; r++) for (let i = 0; i < 5; i++) expect((await file(`ip-r${r}`)).ok).toBe(true);
      expect((await file('ip-r12')).error.code).toBe('RATE.LIMITED');
      clientIp = '10.9.9.9';
      expect((await file('ip-r12')).ok).toBe(true);
    } finally {
      clientIp = '10.1.2.3';
      await host.close();
    }
  }, 60_000);
});

describe('CloudBase function: entry specifics', () => {
  it('creates its collections on a cold start against an empty database', async () => {
    const db = new CloudbaseDbStandIn();
    const main = createApiFunction(fakeCloud(db), { env: ENV, logger: silentLogger });
    const res: any = await openidOf.run('o-first', () => main({ action: 'auth.me', payload: {} }));
    expect(res).toMatchObject({ ok: true, data: { role: 'resident' } });
    for (const name of COLLECTIONS) expect(db.dump(name)).toEqual([]);
  });

  it('initialises the SDK for the environment it runs in', async () => {
    const host = await openCloudHost();
    expect(host.cloud.inits).toEqual([{ env: host.cloud.DYNAMIC_CURRENT_ENV }]);
  });

  it('knows staff by their bound OPENID, anyone else as a resident', async () => {
    const host = await openCloudHost();
    await seedOrg(host.store);
    expect(await host.invoke({ action: 'auth.me', payload: {} }, staffA.openid!)).toMatchObject({
      ok: true,
      data: { role: 'staff', localMode: false, staff: { id: staffA.id } },
    });
    expect(await host.invoke({ action: 'auth.me', payload: {} }, 'o-unbound')).toMatchObject({
      ok: true,
      data: { role: 'resident' },
    });
  });

  it('bootstraps the first admin from ADMIN_OPENIDS, who binds their own record and is then that person', async () => {
    const host = await openCloudHost({ ...ENV, ADMIN_OPENIDS: 'o-it-admin, o-second-admin' });
    await seedOrg(host.store);
    const me = (openid: string) => host.invoke({ action: 'auth.me', payload: {} }, openid);
    expect(await me('o-it-admin')).toMatchObject({ ok: true, data: { role: 'admin', staff: { name: '初始管理员' } } });
    expect(await me('o-someone-else')).toMatchObject({ ok: true, data: { role: 'resident' } });
    const issued = await host.invoke({ action: 'org.bindCode', payload: { staffId: head.id } }, 'o-it-admin');
    expect(issued).toMatchObject({ ok: true, data: { staff: { id: head.id } } });
    expect(await host.invoke({ action: 'auth.bind', payload: { code: issued.data.code } }, 'o-it-admin')).toMatchObject(
      { ok: true, data: { staff: { id: head.id } } },
    );
    // Bound: the record's role rules, not the bootstrap list; nothing else was written for it.
    expect(await me('o-it-admin')).toMatchObject({ ok: true, data: { role: head.role, staff: { id: head.id } } });
    expect((await host.store.org.staff()).map((s) => s.id).sort()).toEqual([head.id, staffA.id, staffB.id].sort());
  });

  it('has no dev.* actions', async () => {
    const host = await openCloudHost();
    const res = await host.invoke({ action: 'dev.login', payload: { role: 'admin' } }, 'o-someone');
    expect(res).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } });
  });

  it('answers a malformed event with an envelope, not a thrown error', async () => {
    const host = await openCloudHost();
    for (const event of [null, 'card.get', [], { payload: {} }]) {
      const res = await host.invoke(event, 'o-someone');
      expect(res).toEqual({
        ok: false,
        error: { code: 'REQUEST.MALFORMED', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
      });
    }
  });

  it('refuses to start without its secrets, and says so without leaking details', async () => {
    const host = await openCloudHost({ PUBLIC_URL: 'https://hall.example.cn' });
    const res = await host.invoke({ action: 'auth.me', payload: {} }, 'o-someone');
    expect(res.ok).toBe(false);
    expect(res.error.code).toBe('INTERNAL');
    expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(res)).not.toMatch(/SESSION_SECRET|stack/);
  });
});

describe('CloudBase functions: subscribe messages and the sweep timer', () => {
  // openapi is a test double for WeChat's subscribeMessage.send: it records calls and answers
  // 43101 for one OPENID. Not proven: WeChat's real validation of templates and field values.
  const sends: any[] = [];
  /** OPENIDs whose consent is used up (43101). */
  const refusing = new Set<string>();
  const openapi = {
    subscribeMessage: {
      send: async (params: any) => {
        sends.push(params);
        if (refusing.has(params.touser))
          throw Object.assign(new Error('user refuse to accept the msg'), {
            errCode: 43101,
            errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg',
          });
        return { errCode: 0 };
      },
    },
  };
  const templates = {
    'case.new': {
      templateId: 'TPL-NEW',
      page: 'staff/case/index',
      fields: { character_string1: 'trackingNo', thing2: 'category', time3: 'dueAt' },
    },
    'case.remind': {
      templateId: 'TPL-REMIND',
      page: 'staff/case/index',
      fields: { character_string1: 'trackingNo', time2: 'dueAt' },
    },
    'case.replied': {
      templateId: 'TPL-REPLIED',
      page: 'complaint/detail/index',
      fields: { character_string1: 'trackingNo', thing2: 'summary' },
    },
  };

  let calls = 0;
  beforeEach(() => {
    sends.length = 0;
    refusing.clear();
  });

  async function setup() {
    const db = new CloudbaseDbStandIn();
    const clock = fixedClock('2026-11-24T02:00:00.000Z');
    const cloud = { ...fakeCloud(db), openapi };
    const store = await createCloudbaseStore(db);
    await seedOrg(store);
    await store.settings.put(TEMPLATES_KEY, templates);
    const api = createApiFunction(cloud, { env: ENV, clock, logger: silentLogger });
    const sweep = createSweepFunction(cloud, { env: ENV, clock, logger: silentLogger });
    const call = (openid: string, action: string, payload: unknown) =>
      openidOf.run(openid, () => api({ action, payload, requestId: `cloud-call-${++calls}` })) as Promise<any>;
    return { db, clock, store, sweep, call };
  }

  it('a filed complaint pushes the template to the handler; 43101 falls back to the B post', async () => {
    const { call, store } = await setup();
    // The handler is the head of the card staff's department; their consent is used up, 李强 is their B post.
    refusing.add(head.openid!);
    await store.org.putStaff({ ...head, backupStaffId: staffB.id });
    const card = await call(staffA.openid!, 'card.issue', {
      matter: '不动产转移登记',
      matterType: '承诺件',
      promisedDays: 5,
    });
    const filed = await call('o-resident', 'complaint.submit', {
      cardId: card.data.cardId,
      category: '服务态度',
      content: '窗口人员态度生硬',
    });
    expect(filed.ok).toBe(true);
    // The api function delivered within the call: A refused (43101), so B got the same notice.
    await call('o-resident', 'complaint.mine', {}); // a later call delivers the queued fallback
    expect(sends.map((p) => [p.touser, p.templateId])).toEqual([
      [head.openid, 'TPL-NEW'],
      [staffB.openid, 'TPL-NEW'],
    ]);
    expect(sends[0]).toMatchObject({
      page: `staff/case/index?id=${filed.data.complaintId}`,
      data: {
        character_string1: { value: filed.data.trackingNo },
        thing2: { value: '服务态度' },
        time3: { value: '2026-12-01 23:59' },
      },
    });
    const items = await store.outbox.byComplaint(filed.data.complaintId);
    const byRecipient = Object.fromEntries(
      items.map((i) => ['staffId' in i.recipient ? i.recipient.staffId : '', i.status]),
    );
    expect(byRecipient).toEqual({ [head.id]: 'undeliverable', [staffB.id]: 'sent' });
  });

  it('the complainant is pushed "reply ready" through their sealed OPENID, which leaves the case when it closes', async () => {
    const { call, store } = await setup();
    const card = await call(staffB.openid!, 'card.issue', {
      matter: '社保卡补办',
      matterType: '承诺件',
      promisedDays: 3,
    });
    const filed = await call('o-resident-9', 'complaint.submit', {
      cardId: card.data.cardId,
      category: '办事效率',
      content: '承诺的时间已过仍未办好',
    });
    const stored = await store.complaints.byId(filed.data.complaintId);
    expect(stored?.notifyOpenid).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain('o-resident-9');
    sends.length = 0;
    await call(head.openid!, 'complaint.reply', {
      complaintId: filed.data.complaintId,
      content: '已加急办理，明天可领取',
    });
    expect(sends.map((p) => [p.touser, p.templateId, p.page])).toEqual([
      ['o-resident-9', 'TPL-REPLIED', `complaint/detail/index?id=${filed.data.complaintId}`],
    ]);
    const asStaff = await call(head.openid!, 'complaint.get', { complaintId: filed.data.complaintId });
    expect(JSON.stringify(asStaff)).not.toMatch(/o-resident-9|v1\./);
    await call('o-resident-9', 'complaint.rate', { complaintId: filed.data.complaintId, rating: 'satisfied' });
    expect((await store.complaints.byId(filed.data.complaintId))?.notifyOpenid).toBeNull();
  });

  it('tells the client which templates to ask consent for', async () => {
    const { call } = await setup();
    expect((await call('o-anyone', 'notify.templates', {})).data).toEqual({
      staff: ['TPL-NEW', 'TPL-REMIND'],
      resident: ['TPL-REPLIED'],
      card: [],
    });
  });

  it('the timer’s sweep sends the reminder once, however often it fires', async () => {
    const { call, clock, sweep } = await setup();
    const card = await call(staffB.openid!, 'card.issue', {
      matter: '社保卡补办',
      matterType: '承诺件',
      promisedDays: 3,
    });
    await call('o-resident', 'complaint.submit', {
      cardId: card.data.cardId,
      category: '办事效率',
      content: '承诺的时间已过仍未办好',
    });
    sends.length = 0;
    clock.set('2026-11-29T02:00:00.000Z');
    // The case's reminder to the head, and the card's overdue notice (due 11-27, never 办结) to its
    // issuer and the head — those two in-app only: no template for them here.
    expect(await sweep()).toEqual({ cases: 1, rectifications: 0, delivered: 3 });
    expect(await sweep()).toEqual({ cases: 0, rectifications: 0, delivered: 0 });
    expect(sends.map((p) => [p.touser, p.templateId])).toEqual([[head.openid, 'TPL-REMIND']]);
    // Overdue escalation has no template here: it reaches the in-app 消息 only.
    clock.set('2026-12-02T02:00:00.000Z');
    expect((await sweep()).cases).toBe(1);
    expect(sends).toHaveLength(1);
    const headMessages = await call(head.openid!, 'message.list', {});
    // The head handles it (the card staff's department): told it is overdue, as its handler.
    expect(headMessages.data.messages.map((m: any) => m.title)).toContain('投诉已逾期');
  });
});

describe('CloudBase function: text and dates no store can keep', () => {
  describeBadInput(() => openCloudHost(), { localActions: false });
});

describe('CloudBase function: retries get the first answer', () => {
  describeRetries(() => openCloudHost());
});

describe('CloudBase function: binding a staff member’s WeChat with a one-time code', () => {
  const newcomer = {
    id: 'STAFF00010',
    number: 'A010',
    name: '赵新',
    departmentId: 'DEPT000001',
    role: 'staff' as const,
    backupStaffId: null,
    leave: [],
    openid: null,
  };
  let n = 0;
  const as = (host: Awaited<ReturnType<typeof openCloudHost>>, openid: string, action: string, payload: unknown) =>
    host.invoke({ action, payload, requestId: `bind-test-${n++}-x` }, openid);

  it('the office issues a code; the new phone binds once and is staff from then on', async () => {
    const host = await openCloudHost();
    await seedOrg(host.store);
    await host.store.org.putStaff(newcomer);
    const issued = await as(host, head.openid!, 'org.bindCode', { staffId: newcomer.id });
    expect(issued).toMatchObject({
      ok: true,
      data: { code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/), staff: { id: newcomer.id } },
    });
    const code: string = issued.data.code;
    expect(JSON.stringify(host.db.dump('bind_codes'))).not.toContain(code.replace('-', ''));
    expect(await as(host, 'o-new-phone', 'auth.me', {})).toMatchObject({ data: { role: 'resident' } });
    // Typed in lower case with a space instead of the dash: still the code.
    const bound = await as(host, 'o-new-phone', 'auth.bind', { code: code.toLowerCase().replace('-', ' ') });
    expect(bound).toEqual({
      ok: true,
      data: {
        staff: { id: newcomer.id, name: newcomer.name, number: newcomer.number, departmentName: '不动产登记科' },
      },
    });
    expect(await as(host, 'o-new-phone', 'auth.me', {})).toMatchObject({
      data: { role: 'staff', staff: { id: newcomer.id } },
    });
    expect(await as(host, 'o-other-phone', 'auth.bind', { code })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.BAD_BIND_CODE' },
    });
  });

  it('refuses an expired code, a bound caller, a resident issuing codes, and a malformed code', async () => {
    const host = await openCloudHost();
    await seedOrg(host.store);
    await host.store.org.putStaff(newcomer);
    const { data } = await as(host, head.openid!, 'org.bindCode', { staffId: newcomer.id });
    host.setNow('2026-11-27T02:00:00.001Z'); // 72 h later
    expect(await as(host, 'o-late-phone', 'auth.bind', { code: data.code })).toMatchObject({
      error: { code: 'AUTH.BAD_BIND_CODE' },
    });
    const fresh = await as(host, head.openid!, 'org.bindCode', { staffId: newcomer.id });
    expect(await as(host, staffA.openid!, 'auth.bind', { code: fresh.data.code })).toMatchObject({
      error: { code: 'AUTH.ALREADY_BOUND' },
    });
    expect(await as(host, 'o-resident', 'org.bindCode', { staffId: newcomer.id })).toMatchObject({
      error: { code: 'AUTH.FORBIDDEN' },
    });
    expect(await as(host, 'o-resident', 'auth.bind', { code: '12' })).toMatchObject({
      error: { code: 'REQUEST.INVALID' },
    });
    expect(await as(host, head.openid!, 'org.bindCode', { staffId: 'NoSuchStaff1' })).toMatchObject({
      error: { code: 'STAFF.NOT_FOUND' },
    });
  });
});

describe('CloudBase function: content security (msgSecCheck v2 before storing what users write)', () => {
  // openapi.security.msgSecCheck is a stand-in that judges by keywords; it proves how the
  // function acts on each verdict, not WeChat's judgement (see wechat-content-check.test.ts).
  const checked: any[] = [];
  let down = false;
  const openapi = {
    subscribeMessage: { send: async () => ({ errCode: 0 }) },
    security: {
      msgSecCheck: async (o: { content: string; openid: string }) => {
        checked.push(o);
        if (down) throw new Error('openapi timeout');
        const suggest = o.content.includes('加微信领红包')
          ? 'risky'
          : o.content.includes('拿钱办事')
            ? 'review'
            : 'pass';
        return { errCode: 0, errMsg: 'ok', result: { suggest, label: suggest === 'pass' ? 100 : 20006 } };
      },
    },
  };
  async function setup() {
    const db = new CloudbaseDbStandIn();
    const cloud = { ...fakeCloud(db), openapi };
    const store = await createCloudbaseStore(db);
    await seedOrg(store);
    const api = createApiFunction(cloud, {
      env: ENV,
      clock: fixedClock('2026-11-24T02:00:00.000Z'),
      logger: silentLogger,
    });
    let n = 0;
    const call = (openid: string, action: string, payload: unknown) =>
      openidOf.run(openid, () => api({ action, payload, requestId: `content-call-${++n}` })) as Promise<any>;
    const card = (
      await call(staffA.openid!, 'card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 })
    ).data.cardId as string;
    return { store, call, card };
  }
  beforeEach(() => {
    checked.length = 0;
    down = false;
  });

  it('refuses a risky complaint with a message to act on, and stores nothing', async () => {
    const { store, call, card } = await setup();
    const before = await store.counts();
    const res = await call('o-resident', 'complaint.submit', {
      cardId: card,
      category: '服务态度',
      content: '加微信领红包，详情私聊',
    });
    expect(res).toEqual({
      ok: false,
      error: { code: 'CONTENT.RISKY', message: '内容可能含有不当信息，请修改后再提交' },
    });
    expect(await store.counts()).toEqual(before);
    expect(checked).toEqual([{ content: '加微信领红包，详情私聊', version: 2, scene: 2, openid: 'o-resident' }]);
  });

  it('stores a text WeChat wants reviewed, or could not check, and lists it for the admin only, without its author', async () => {
    const { store, call, card } = await setup();
    const filed = await call('o-resident', 'complaint.submit', {
      cardId: card,
      category: '服务态度',
      content: '窗口人员暗示要拿钱办事',
    });
    expect(filed.ok).toBe(true);
    down = true;
    const evaluated = await call('o-resident-2', 'evaluation.submit', {
      cardId: card,
      level: 2,
      tags: ['态度生硬'],
      comment: '等了很久没人理',
    });
    expect(evaluated.ok).toBe(true);
    const another = (
      await call(staffA.openid!, 'card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 })
    ).data.cardId;
    expect((await call('o-resident-3', 'evaluation.submit', { cardId: another, level: 5 })).ok).toBe(true); // no text: nothing to check
    expect(checked.map((c) => c.content)).toEqual(['窗口人员暗示要拿钱办事', '等了很久没人理']);

    expect(await call(staffA.openid!, 'moderation.list', {})).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    });
    const list = await call(head.openid!, 'moderation.list', {});
    expect(list.data.items).toHaveLength(2);
    expect(list.data.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'complaint',
          kindLabel: '投诉内容',
          verdict: 'review',
          verdictLabel: '微信提示需人工复核',
          text: '窗口人员暗示要拿钱办事',
          complaintId: filed.data.complaintId,
        }),
        expect.objectContaining({
          kind: 'evaluation',
          verdict: 'unavailable',
          verdictLabel: '未能检测',
          reason: '内容安全检测暂不可用',
          text: '等了很久没人理',
          complaintId: null,
        }),
      ]),
    );
    expect(JSON.stringify(list)).not.toMatch(/o-resident|subjectHash/);

    // "已查看" takes an item off the list, once.
    expect((await store.counts()).content_flags).toBe(2);
    const [first] = list.data.items;
    expect((await call(head.openid!, 'moderation.resolve', { flagId: first.flagId })).ok).toBe(true);
    expect(await call(head.openid!, 'moderation.resolve', { flagId: first.flagId })).toMatchObject({
      ok: false,
      error: { code: 'MODERATION.NOT_FOUND' },
    });
    expect((await call(head.openid!, 'moderation.list', {})).data.items).toHaveLength(1);
    expect(await call(head.openid!, 'moderation.resolve', { flagId: 'not a flag' })).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID' },
    });
  });

  it('checks a reply and a rating comment too', async () => {
    const { call, card } = await setup();
    const filed = await call('o-resident', 'complaint.submit', {
      cardId: card,
      category: '服务态度',
      content: '窗口人员态度生硬',
    });
    const id = filed.data.complaintId;
    const risky = await call(head.openid!, 'complaint.reply', {
      complaintId: id,
      content: '加微信领红包，我们私下解决',
    });
    expect(risky.error.code).toBe('CONTENT.RISKY');
    expect(
      (await call(head.openid!, 'complaint.reply', { complaintId: id, content: '已批评教育当事人，并公开致歉' })).ok,
    ).toBe(true);
    expect(
      (await call('o-resident', 'complaint.rate', { complaintId: id, rating: 'satisfied', comment: '处理得很及时' }))
        .ok,
    ).toBe(true);
    expect(checked.map((c) => [c.openid, c.content])).toEqual([
      ['o-resident', '窗口人员态度生硬'],
      [head.openid, '加微信领红包，我们私下解决'],
      [head.openid, '已批评教育当事人，并公开致歉'],
      ['o-resident', '处理得很及时'],
    ]);
  });
});

describe('CloudBase function: 小程序码 for cards and windows', () => {
  // openapi.wxacode.getUnlimited is a stand-in answering a fixed PNG; cloud storage is the
  // in-process stand-in. Not proven: WeChat's rendering, its rate limits, that the page exists.
  const made: any[] = [];
  let fail = false;
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
  const openapi = {
    subscribeMessage: { send: async () => ({ errCode: 0 }) },
    wxacode: {
      getUnlimited: async (o: any) => {
        made.push(o);
        if (fail) return { errCode: 45009, errMsg: 'reach max api daily quota limit' };
        return { errCode: 0, contentType: 'image/png', buffer: PNG };
      },
    },
  };
  async function setup() {
    const db = new CloudbaseDbStandIn();
    const cloud = { ...fakeCloud(db), openapi };
    const store = await createCloudbaseStore(db);
    await seedOrg(store);
    const api = createApiFunction(cloud, {
      env: ENV,
      clock: fixedClock('2026-11-24T02:00:00.000Z'),
      logger: silentLogger,
    });
    let n = 0;
    const call = (openid: string, action: string, payload: unknown) =>
      openidOf.run(openid, () => api({ action, payload, requestId: `qr-call-${++n}` })) as Promise<any>;
    return { store, call };
  }
  beforeEach(() => {
    made.length = 0;
    fail = false;
  });

  it('makes a card’s 小程序码 once (scene = the card id), keeps it in cloud storage, and serves it again', async () => {
    const { call } = await setup();
    const card = (
      await call(staffA.openid!, 'card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 })
    ).data.cardId;
    const first = await call(staffA.openid!, 'qr.get', { cardId: card });
    expect(first.data).toEqual({
      codeKind: 'miniCode',
      image: `data:image/png;base64,${PNG.toString('base64')}`,
      url: `https://hall.example.cn/c/${card}`,
    });
    expect(made).toEqual([
      { scene: card, page: 'pages/card/index', width: 430, checkPath: false, envVersion: 'release' },
    ]);
    expect((await call(staffA.openid!, 'qr.get', { cardId: card })).data).toEqual(first.data);
    expect(made).toHaveLength(1);
    const win = await call(head.openid!, 'qr.get', { windowId: window1.id });
    expect(win.data.codeKind).toBe('miniCode');
    expect(made.at(-1)).toMatchObject({ scene: window1.id, page: 'pages/window/index' });
  });

  it('with the plain-URL rule set by the office, every code is the H5 address; WeChat failing also falls back to it', async () => {
    const { call } = await setup();
    expect(await call(head.openid!, 'qr.rule', {})).toEqual({
      ok: true,
      data: { plainUrlRule: false, miniCodes: true },
    });
    expect((await call(staffA.openid!, 'qr.setRule', { plainUrlRule: true })).error.code).toBe('AUTH.FORBIDDEN');
    expect((await call(head.openid!, 'qr.setRule', { plainUrlRule: 'yes' })).error.code).toBe('REQUEST.INVALID');
    expect((await call(head.openid!, 'qr.setRule', { plainUrlRule: true })).data).toEqual({
      plainUrlRule: true,
      miniCodes: true,
    });
    const win = await call(head.openid!, 'qr.get', { windowId: window1.id });
    expect(win.data).toMatchObject({
      codeKind: 'url',
      image: expect.stringMatching(/^data:image\/png;base64,/),
      url: `https://hall.example.cn/w/${window1.id}`,
    });
    expect(made).toEqual([]);

    await call(head.openid!, 'qr.setRule', { plainUrlRule: false });
    fail = true;
    expect((await call(head.openid!, 'qr.get', { windowId: window1.id })).data.codeKind).toBe('url');
    fail = false;
    expect((await call(head.openid!, 'qr.get', { windowId: window1.id })).data.codeKind).toBe('miniCode');
  });
});
