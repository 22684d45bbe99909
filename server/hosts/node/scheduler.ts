/**
 * The Node host's timers: deliver queued notices every few seconds and sweep deadlines every
 * minute. Runs never overlap; a failed run is logged and the next one tries again. Several
 * hosts on one database are safe: the outbox is claimed with leases and every sweep change is
 * version-checked.
 */
import type { Core } from '../../core/dispatch';
import { dispatchOutbox } from '../../jobs/dispatch';
import { runSweep } from '../../jobs/sweep';

export interface Scheduler {
  /** One sweep and one full delivery round, now (also what the timers call). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(core: Core, o: { sweepEveryMs?: number; dispatchEveryMs?: number } = {}): Scheduler {
  const { deps } = core;
  let running: Promise<void> | null = null;
  const exclusive = (job: () => Promise<unknown>) => {
    running ??= job()
      .then(() => undefined)
      .catch((err) =>
        deps.logger.error('scheduler.failed', { error: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const deliverAll = async () => {
    while ((await dispatchOutbox(deps, { push: deps.push })).claimed) {
      /* until the queue is empty */
    }
  };
  const runOnce = () =>
    exclusive(async () => {
      await runSweep(deps);
      await deliverAll();
    });
  const timers = [
    setInterval(() => void runOnce(), o.sweepEveryMs ?? 60_000),
    setInterval(() => void exclusive(deliverAll), o.dispatchEveryMs ?? 2_000),
  ];
  for (const t of timers) t.unref();
  return {
    runOnce: async () => {
      // A delivery round in progress finishes first; then this one runs.
      while (running) await running;
      await runOnce();
    },
    async stop() {
      for (const t of timers) clearInterval(t);
      while (running) await running;
    },
  };
}
