/**
 * PC sign-in against password guessing, through the Node host behind a trusted proxy (so each
 * request's address is the X-Forwarded-For it carries), on PGlite and on PostgreSQL: wrong
 * passwords slow down the address they come from, never lock the 工号 for everyone, and the staff
 * member hears how many there were at their next sign-in.
 */
import { hashPassword } from '../../server/security/password';
import { SIGN_IN } from '../../server/domain/rate.rules';
import { closeSharedPglite } from '../support/pglite-shared';
import { openProxiedHost } from '../support/proxied-host';
import { head, staffA, staffB } from '../support/fixtures';

const START = '2026-11-24T02:00:00.000Z';
const ADMIN_PASSWORD = 'office admin 2026';
const A_PASSWORD = 'window three 2026';

async function openHost(engine: 'pglite' | 'postgres') {
  const at = new Date(START);
  const host = await openProxiedHost(engine, {
    start: START,
    prepare: async (store) => {
      await store.passwords.put({ staffId: head.id, hash: await hashPassword(ADMIN_PASSWORD), updatedAt: at });
      await store.passwords.put({ staffId: staffA.id, hash: await hashPassword(A_PASSWORD), updatedAt: at });
    },
  });
  /** One sign-in from `ip` (no idempotency key: each is a fresh attempt). */
  const signIn = (ip: string, number: string, password: string) =>
    host.post(ip, 'auth.staffLogin', { number, password }, undefined, null);
  return { ...host, signIn };
}

afterAll(closeSharedPglite);
// Every checked password costs an scrypt (by design): these tests check a few hundred.
jest.setTimeout(60_000);

describe.each(['pglite', 'postgres'] as const)('PC sign-in against password guessing (%s)', (engine) => {
  let host: Awaited<ReturnType<typeof openHost>>;
  beforeEach(async () => {
    host = await openHost(engine);
  });
  afterEach(() => host.close());

  it("a stranger guessing at the admin's 工号 slows only their own address; the admin signs in at once and is told how many", async () => {
    const X = '203.0.113.7';
    const Y = '198.51.100.4';
    const waits: number[] = [];
    let failures = 0;
    while (failures < 50) {
      const r = await host.signIn(X, head.number, `guess ${failures}`);
      if (r.status === 401) {
        expect(r.body.error.code).toBe('AUTH.BAD_PASSWORD');
        failures++;
        continue;
      }
      expect([r.status, r.body.error.code]).toEqual([429, 'RATE.LIMITED']);
      expect(r.body.error.message).toMatch(/^密码错误次数过多，请 \d+ 分钟后再试$/);
      expect(r.retryAfter).toBe(String(r.body.error.retryAfter));
      waits.push(r.body.error.retryAfter);
      // A refused attempt is not a guess: it changes nothing, and asking again says the same.
      expect((await host.signIn(X, head.number, ADMIN_PASSWORD)).body.error.retryAfter).toBe(r.body.error.retryAfter);
      host.advance(r.body.error.retryAfter);
    }
    // Five free, then 1 minute doubling to the 15-minute cap: 50 guesses take over ten hours.
    expect(waits).toEqual([60, 120, 240, 480, ...Array(41).fill(SIGN_IN.maxWaitS)]);

    // The admin, from another address, is not held up at all — and hears of the 50.
    const admin = await host.signIn(Y, head.number, ADMIN_PASSWORD);
    expect(admin.status).toBe(200);
    expect(admin.body.data).toEqual({
      token: expect.any(String),
      expiresAt: expect.any(String),
      role: 'admin',
      failedAttempts: 50,
    });
    // Told once: the count starts again from this sign-in.
    expect((await host.signIn(Y, head.number, ADMIN_PASSWORD)).body.data.failedAttempts).toBeUndefined();

    // X is still waiting out its last failure, even with the right password; after it, gets in.
    const early = await host.signIn(X, head.number, ADMIN_PASSWORD);
    expect([early.status, early.retryAfter]).toEqual([429, String(SIGN_IN.maxWaitS)]);
    host.advance(SIGN_IN.maxWaitS);
    const late = await host.signIn(X, head.number, ADMIN_PASSWORD);
    expect([late.status, late.body.data.role, late.body.data.failedAttempts]).toEqual([200, 'admin', undefined]);
    // That sign-in forgave X too: its next mistake is a free one again.
    expect((await host.signIn(X, head.number, 'typo')).status).toBe(401);
  });

  it('an unknown 工号 is throttled like a known one (nothing tells them apart)', async () => {
    const X = '203.0.113.8';
    for (const number of [staffA.number, 'Z999']) {
      const statuses: number[] = [];
      for (let i = 0; i < SIGN_IN.freeAttempts + 1; i++)
        statuses.push((await host.signIn(X, number, 'wrong password')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    }
  });

  it('one address trying many 工号s a few times each is capped per hour; other addresses are not', async () => {
    const Z = '192.0.2.50';
    const numbers = [staffA.number, staffB.number, ...Array.from({ length: 23 }, (_, i) => `Z${100 + i}`)];
    for (let round = 0; round < 4; round++) {
      const statuses = await Promise.all(
        numbers.map(async (number) => (await host.signIn(Z, number, `spray ${round}`)).status),
      );
      expect(statuses.every((s) => s === 401)).toBe(true);
    }
    expect(numbers.length * 4).toBe(SIGN_IN.addressFailuresPerHour);
    // The 101st from Z is refused whatever it is — even a 工号 it has not tried, with the right password.
    host.advance(600);
    const capped = await host.signIn(Z, head.number, ADMIN_PASSWORD);
    expect([capped.status, capped.body.error.code, capped.retryAfter]).toEqual([429, 'RATE.LIMITED', '3000']);
    expect(capped.body.error.message).toBe('登录过于频繁，请 50 分钟后再试');
    // Another address signs in; staffA hears of the four guesses on their 工号.
    const a = await host.signIn('192.0.2.51', staffA.number, A_PASSWORD);
    expect([a.status, a.body.data.failedAttempts]).toEqual([200, 4]);
    // The next hour Z may try again.
    host.advance(3000);
    expect((await host.signIn(Z, head.number, ADMIN_PASSWORD)).status).toBe(200);
  });

  it('many addresses guessing a few times each: those with failures wait a little, a clean one gets in', async () => {
    const bots = Array.from({ length: 25 }, (_, i) => `10.0.0.${i + 1}`);
    expect(
      (await Promise.all(bots.map(async (ip) => (await host.signIn(ip, staffA.number, 'botnet guess')).status))).every(
        (s) => s === 401,
      ),
    ).toBe(true);
    // 25 failures on the 工号 (≥ 20): every address that failed on it waits a minute after it…
    const slowed = await host.signIn(bots[0], staffA.number, A_PASSWORD);
    expect([slowed.status, slowed.retryAfter]).toEqual([429, '60']);
    // …while one without failures is let straight in, and told.
    const owner = await host.signIn('10.0.1.1', staffA.number, A_PASSWORD);
    expect([owner.status, owner.body.data.failedAttempts]).toEqual([200, 25]);
    // The count is spent, so the shared wait is gone too: a bot's next guess is merely wrong.
    expect((await host.signIn(bots[1], staffA.number, 'botnet guess')).status).toBe(401);
  });

  it('concurrent guesses from one address cannot all pass the same check', async () => {
    const X = '203.0.113.9';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => host.signIn(X, staffA.number, `parallel ${i}`)),
    );
    const wrong = results.filter((r) => r.status === 401).length;
    expect(wrong).toBeGreaterThanOrEqual(1);
    expect(wrong).toBeLessThanOrEqual(SIGN_IN.freeAttempts);
    expect(results.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    // Every password that was checked is counted.
    expect((await host.signIn('203.0.113.10', staffA.number, A_PASSWORD)).body.data.failedAttempts).toBe(wrong);
  });
});
