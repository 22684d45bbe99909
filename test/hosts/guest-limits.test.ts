/**
 * A hall's Wi-Fi versus minted identities, through the Node host behind a trusted proxy (each
 * request's address is its X-Forwarded-For), on PGlite and on PostgreSQL: many browser residents
 * behind one address all get an identity, while identities minted from one address cannot rate
 * one window more than GUEST_WINDOW_RATINGS allows.
 */
import { GUEST_WINDOW_RATINGS } from '../../server/domain/rate.rules';
import { closeSharedPglite } from '../support/pglite-shared';
import { openProxiedHost } from '../support/proxied-host';
import { dept2, window1 } from '../support/fixtures';

const window2 = { id: 'WIN0000002', name: '5号窗口', departmentId: dept2.id, aStaffId: null, bStaffId: null };
const [PER_HOUR, PER_DAY] = GUEST_WINDOW_RATINGS.map((l) => l.max);

async function openHost(engine: 'pglite' | 'postgres') {
  const host = await openProxiedHost(engine, {
    start: '2026-11-24T02:00:00.000Z',
    prepare: (store) => store.org.putWindow(window2),
    wxLogin: { openidFor: async (code: string) => `oWX-${code}-id` },
  });
  return {
    ...host,
    guest: async (ip: string) => (await host.post(ip, 'auth.guest', {})).body.data.token as string,
    rate: (ip: string, token: string, windowId: string, requestId?: string) =>
      host.post(ip, 'evaluation.submit', { windowId, level: 5 }, token, requestId),
  };
}

afterAll(closeSharedPglite);
jest.setTimeout(60_000);

describe.each(['pglite', 'postgres'] as const)('guests behind one address (%s)', (engine) => {
  let host: Awaited<ReturnType<typeof openHost>>;
  // An address per test: the shared PGlite keeps rate counters from one test to the next.
  let HALL = '';
  let hall = 20;
  beforeEach(async () => {
    host = await openHost(engine);
    HALL = `203.0.113.${hall++}`;
  });
  afterEach(() => host.close());

  it('200 browser residents on the hall’s Wi-Fi all get an identity', async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => host.post(HALL, 'auth.guest', {})));
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200));
    expect(new Set(answers.map((a) => a.body.data.token)).size).toBe(200);
  });

  it('fresh identities from one address rate one window at most 30 times an hour; another window, address or a WeChat user is not held up', async () => {
    const tokens = await Promise.all(Array.from({ length: 200 }, () => host.guest(HALL)));
    const first: { status: number; body: any; retryAfter: string | null }[] = [];
    for (const token of tokens) first.push(await host.rate(HALL, token, window1.id));
    expect(first.slice(0, PER_HOUR).every((r) => r.status === 200)).toBe(true);
    const refused = first.slice(PER_HOUR);
    expect(
      refused.every((r) => r.status === 429 && r.body.error.code === 'RATE.LIMITED' && r.retryAfter === '3600'),
    ).toBe(true);
    expect(refused[0].body.error).toEqual({
      code: 'RATE.LIMITED',
      message: '提交过于频繁，请 1 小时后再试',
      retryAfter: 3600,
    });
    expect(await host.store.counts()).toMatchObject({ evaluations: PER_HOUR });

    // The same identities rate another window; the same window is rated from another address;
    // a WeChat resident on the hall's Wi-Fi is not counted with the guests.
    expect((await host.rate(HALL, tokens[150], window2.id)).status).toBe(200);
    const elsewhere = await host.guest('198.51.100.9');
    expect((await host.rate('198.51.100.9', elsewhere, window1.id)).status).toBe(200);
    const wx = (await host.post(HALL, 'auth.wxLogin', { code: 'resident-1' })).body.data.token;
    expect((await host.rate(HALL, wx, window1.id)).status).toBe(200);
  });

  it('a retry of a rating that was taken is answered even once the window is full', async () => {
    const tokens = await Promise.all(Array.from({ length: PER_HOUR + 1 }, () => host.guest(HALL)));
    const kept = await host.rate(HALL, tokens[0], window1.id, 'req-kept-0001');
    for (const token of tokens.slice(1, PER_HOUR)) expect((await host.rate(HALL, token, window1.id)).status).toBe(200);
    expect((await host.rate(HALL, tokens[PER_HOUR], window1.id)).status).toBe(429);
    const again = await host.rate(HALL, tokens[0], window1.id, 'req-kept-0001');
    expect([again.status, again.body.data.evaluationId]).toEqual([200, kept.body.data.evaluationId]);
  });

  it('and at most 100 a day', async () => {
    let taken = 0;
    for (let hour = 0; hour < 4; hour++) {
      const tokens = await Promise.all(Array.from({ length: PER_HOUR }, () => host.guest(HALL)));
      for (const token of tokens) {
        const r = await host.rate(HALL, token, window1.id);
        if (r.status === 200) taken++;
        else expect([r.status, r.body.error.message]).toEqual([429, '提交过于频繁，请 19 小时后再试']);
      }
      host.advance(3600);
    }
    expect(taken).toBe(PER_DAY);
    // The next day (windows end at 00:00 UTC, 08:00 in Shanghai) the count starts again.
    host.advance(19 * 3600);
    expect((await host.rate(HALL, await host.guest(HALL), window1.id)).status).toBe(200);
  });
});
