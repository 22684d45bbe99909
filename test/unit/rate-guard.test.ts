/**
 * The rate guard (core/rate-guard.ts) over an in-memory counter: a request the action refuses
 * gets its slots back, unless the limit counts refusals or a limit refused it; a failure of our
 * own keeps them (it may have written).
 */
import { hitWithin, withRateLimits } from '../../server/core/rate-guard';
import { fail } from '../../server/core/errors';
import type { RateStore } from '../../server/ports/guards';
import type { Store } from '../../server/ports/store';

function memoryRates(): RateStore {
  const counts = new Map<string, number>();
  const id = (key: string, w: Date) => `${key}@${w.toISOString()}`;
  return {
    async hit(key, w) {
      const n = (counts.get(id(key, w)) ?? 0) + 1;
      counts.set(id(key, w), n);
      return n;
    },
    async release(key, w) {
      const n = counts.get(id(key, w)) ?? 0;
      if (n > 0) counts.set(id(key, w), n - 1);
    },
    async purge() {
      return 0;
    },
    async snapshot() {
      return Object.fromEntries([...counts].filter(([, n]) => n > 0));
    },
  };
}

const now = new Date('2026-11-24T02:00:00.000Z');
let rates: RateStore;
const deps = () => ({
  store: { rates } as unknown as Store,
  config: { mode: 'local', publicBaseUrl: '', identityPepper: 'p' } as const,
});
const alice = { subject: 'guest:alice' };
const spend = (name: string, run: () => Promise<unknown>, request?: object) =>
  withRateLimits(deps(), name, alice, { ip: '10.0.0.1' }, now, run, { request }).then(
    () => 'ok',
    (e: { code?: string }) => e.code ?? 'crash',
  );
const spent = async () => Object.values(await rates.snapshot()).reduce((a, b) => a + b, 0);

beforeEach(() => {
  rates = memoryRates();
});

it('spends a slot per limit on a request that goes through', async () => {
  expect(await spend('complaint.submit', async () => 'done')).toBe('ok');
  expect(await spent()).toBe(3); // per identity an hour and a day, per address an hour
});

it('gives the slots back when the action refuses the request', async () => {
  for (let i = 0; i < 30; i++) {
    expect(await spend('complaint.submit', () => Promise.reject(fail('CARD.NOT_FOUND')))).toBe('CARD.NOT_FOUND');
  }
  expect(await rates.snapshot()).toEqual({});
  for (let i = 0; i < 5; i++) expect(await spend('complaint.submit', async () => 'done')).toBe('ok');
  expect(await spend('complaint.submit', async () => 'done')).toBe('RATE.LIMITED');
});

it('keeps them where the limit counts refusals (a wrong bind code is a guess), for a failure of our own, and over a limit', async () => {
  expect(await spend('auth.bind', () => Promise.reject(fail('AUTH.BAD_BIND_CODE')))).toBe('AUTH.BAD_BIND_CODE');
  expect(await spent()).toBe(1);
  expect(await spend('complaint.submit', () => Promise.reject(new Error('disk full')))).toBe('crash');
  expect(await spent()).toBe(4);
  for (let i = 0; i < 4; i++) await spend('complaint.submit', async () => 'done');
  expect(await spend('complaint.submit', async () => 'done')).toBe('RATE.LIMITED');
  expect(await spent()).toBe(4 + 12 + 1); // the refused hour's hit counts; nothing after it was spent
});

it('gives back what the action spent on a limit of its own, unless that limit refused it', async () => {
  const w = new Date('2026-11-24T02:00:00.000Z');
  const refusedLater = async (ctx: object) => {
    await hitWithin(ctx, deps(), 'own', w);
    throw fail('EVALUATION.ALREADY_SUBMITTED');
  };
  const ctx = {};
  expect(await spend('evaluation.submit', () => refusedLater(ctx), ctx)).toBe('EVALUATION.ALREADY_SUBMITTED');
  expect(await rates.snapshot()).toEqual({});
  const limited = async (c: object) => {
    await hitWithin(c, deps(), 'own', w);
    throw fail('RATE.LIMITED', '1 小时');
  };
  const ctx2 = {};
  expect(await spend('evaluation.submit', () => limited(ctx2), ctx2)).toBe('RATE.LIMITED');
  expect(await spent()).toBe(3); // its own and the two of evaluation.submit
});
