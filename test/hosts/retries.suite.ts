/**
 * A retry — same requestId, same payload, same caller — gets the first answer, whatever the
 * limits and however concurrent (a phone on a bad network resends before the first attempt has
 * answered). Through each host, on each store.
 */
import { head, seedOrg, staffA } from '../support/fixtures';
import { hostCalls, type As, type TestHost } from './harness';

const resident: As = { resident: 'retry-r1' };
const office: As = { staff: head };

export function describeRetries(open: () => Promise<TestHost>) {
  let host: TestHost;
  const { call, ok } = hostCalls(() => host);

  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    host.setNow('2026-11-24T02:00:00.000Z');
    await ok('auth.me', {}, resident); // signed in once, so the copies below come from one identity
  }, 30_000);
  afterEach(async () => {
    await host.close();
  });

  const issueCard = async () =>
    (await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, { staff: staffA }))
      .cardId as string;
  const complaint = (cardId: string) => ({
    cardId,
    category: '服务态度',
    content: '窗口人员态度生硬，不解释材料要求',
    contactPhone: '13812341234',
  });

  it('fifty copies of one complaint sent at once all get that complaint: none refused as over the limit, one stored', async () => {
    const cardId = await issueCard();
    const before = (await host.store.counts()).complaints;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call('complaint.submit', complaint(cardId), resident, 'retry-complaint-0001')),
    );
    expect(answers.map((a) => a.body.error?.code ?? 'ok')).toEqual(Array(50).fill('ok'));
    expect(new Set(answers.map((a) => a.body.data.complaintId)).size).toBe(1);
    expect((await host.store.counts()).complaints).toBe(before + 1);
    // And once it has gone through, a late copy still gets it, over the limit or not.
    for (let i = 0; i < 4; i++) await ok('complaint.submit', complaint(await issueCard()), resident);
    expect((await call('complaint.submit', complaint(await issueCard()), resident)).body.error.code).toBe(
      'RATE.LIMITED',
    );
    const late = await ok('complaint.submit', complaint(cardId), resident, 'retry-complaint-0001');
    expect(late.complaintId).toBe(answers[0].body.data.complaintId);
  });

  it('ten copies of one reply sent at once all get the first answer; the case is replied once', async () => {
    const { complaintId } = await ok('complaint.submit', complaint(await issueCard()), resident);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('complaint.reply', { complaintId, content: '已核实情况，向您致歉' }, office, 'retry-reply-00001'),
      ),
    );
    expect(answers.map((a) => a.body.error?.code ?? 'ok')).toEqual(Array(10).fill('ok'));
    for (const a of answers) expect(a.body.data).toEqual(answers[0].body.data);
    const events = await host.store.complaints.timeline(complaintId);
    expect(events.filter((e) => e.kind === 'replied')).toHaveLength(1);
    expect(
      await ok('complaint.reply', { complaintId, content: '已核实情况，向您致歉' }, office, 'retry-reply-00001'),
    ).toEqual(answers[0].body.data);
  });

  it('the same key with a different payload is not a retry', async () => {
    const cardId = await issueCard();
    const [a, b] = await Promise.all([
      call('complaint.submit', complaint(cardId), resident, 'retry-complaint-0002'),
      call(
        'complaint.submit',
        { ...complaint(cardId), content: '另一件事：叫号系统失灵，等了很久' },
        resident,
        'retry-complaint-0002',
      ),
    ]);
    const codes = [a, b].map((r) => r.body.error?.code ?? 'ok').sort();
    expect(codes).toEqual(['REQUEST.KEY_REUSED', 'ok']);
  });

  it('two evaluations of one card sent at once with one key: both get the one evaluation', async () => {
    const cardId = await issueCard();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call('evaluation.submit', { cardId, level: 5 }, resident, 'retry-eval-000001')),
    );
    expect(answers.map((a) => a.body.error?.code ?? 'ok')).toEqual(Array(5).fill('ok'));
    expect(new Set(answers.map((a) => a.body.data.evaluationId)).size).toBe(1);
  });
}
