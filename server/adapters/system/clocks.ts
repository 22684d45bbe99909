/** The clocks: the system's, local mode's (dev.clock moves it on), and a frozen one for tests and demos. */
import type { Clock } from '../../ports/clock';

/** The system time plus an offset that dev.clock can grow; local mode's clock. */
export function offsetClock(base: Clock = { now: () => new Date() }): Clock & { advance(ms: number): void } {
  let offset = 0;
  return {
    now: () => new Date(base.now().getTime() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}
export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = new Date(d).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
