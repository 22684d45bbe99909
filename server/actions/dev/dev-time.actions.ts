/** Local mode only: watch a 7-day complaint cycle in a minute — move the clock, run the timers now. */
import { defineAction } from '../../core/define-action';
import { fail } from '../../core/errors';
import { dispatchOutbox } from '../../jobs/dispatch';
import { runSweep } from '../../jobs/sweep';
import { assertDevAccess } from './dev-gate';

export const devClock = defineAction({
  name: 'dev.clock',
  summary: 'Local mode only: moves the server clock forward by whole hours (deadlines, reminders, auto-close).',
  localOnly: true,
  async handler(input, { deps }) {
    assertDevAccess(deps.config, input.devKey);
    if (!deps.clock.advance) throw fail('DEV.CLOCK_FIXED');
    deps.clock.advance(input.advanceHours * 3600 * 1000);
    return { now: deps.clock.now().toISOString() };
  },
});

export const sweepRun = defineAction({
  name: 'sweep.run',
  summary: 'Local mode only: runs the sweep (reminders, escalation, auto-close) and delivers the notices now.',
  localOnly: true,
  async handler(input, { deps }) {
    assertDevAccess(deps.config, input.devKey);
    // A timer's sweep may be under way: wait for it, so "run now" always runs.
    let swept = await runSweep(deps);
    for (let i = 0; swept.skipped && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      swept = await runSweep(deps);
    }
    const { cases, rectifications } = swept;
    let delivered = 0;
    for (;;) {
      const r = await dispatchOutbox(deps, { push: deps.push });
      delivered += r.delivered;
      if (!r.claimed) break;
    }
    return { cases, rectifications, delivered };
  },
});
