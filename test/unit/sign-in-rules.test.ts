import { pairAttempts, SIGN_IN, signInDelayS, signInWaitS, waitText } from '../../server/domain/rate.rules';

const now = new Date('2026-11-24T02:00:00.000Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('PC sign-in throttling rules', () => {
  it.each([
    // [wrong passwords from this address on this 工号, on the 工号 from anywhere, delay after the last]
    [0, 0, 0],
    [0, 500, 0], // an address without failures is never held up, whatever the account has seen
    [1, 0, 0],
    [4, 4, 0],
    [5, 5, 60], // the free attempts used up: one minute…
    [6, 6, 120], // …doubling…
    [7, 7, 240],
    [8, 8, 480],
    [9, 9, 900], // …capped at 15 minutes
    [50, 50, 900],
    // Many addresses a few failures each: a small shared delay, growing, capped at 5 minutes.
    [1, 19, 0],
    [1, 20, 60],
    [2, 39, 60],
    [2, 40, 120],
    [3, 60, 240],
    [1, 80, 300],
    [4, 10_000, 300],
    [6, 100, 300], // the larger of the two
    [9, 100, 900],
  ])('%i from here, %i on the 工号 → waits %i s after the last', (pair, account, delay) => {
    expect(signInDelayS(pair, account)).toBe(delay);
  });

  it.each([
    // [count, seconds since the last, account failures, wait left]
    [5, 0, 5, 60],
    [5, 59, 5, 1],
    [5, 60, 5, 0],
    [9, 100, 9, 800],
    [4, 0, 4, 0],
    [50, SIGN_IN.forgetS - 1, 50, 0], // the wait is long over
    [2, 30, 25, 30],
  ])('count %i, last %i s ago, %i on the 工号 → %i s to wait', (count, since, account, wait) => {
    expect(signInWaitS({ count, lastAt: ago(since) }, account, now)).toBe(wait);
  });

  it('forgets a (工号, address) record a day after its last attempt', () => {
    expect(pairAttempts(null, now)).toBe(0);
    expect(pairAttempts({ count: 7, lastAt: ago(SIGN_IN.forgetS - 1) }, now)).toBe(7);
    expect(pairAttempts({ count: 7, lastAt: ago(SIGN_IN.forgetS) }, now)).toBe(0);
    expect(signInWaitS({ count: 9, lastAt: ago(SIGN_IN.forgetS) }, 9, now)).toBe(0);
  });

  it.each([
    [1, '1 分钟'],
    [60, '1 分钟'],
    [61, '2 分钟'],
    [900, '15 分钟'],
    [3600, '1 小时'],
  ])('names a wait of %i s as %s', (s, text) => {
    expect(waitText(s)).toBe(text);
  });
});
