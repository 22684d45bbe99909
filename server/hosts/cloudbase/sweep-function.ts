/**
 * The `sweep` cloud function, on a timer trigger (cloudfunctions/sweep/config.json): reminders,
 * overdue escalation and auto-close, then delivery of queued notices — each within a time
 * budget well under the function's timeout. Safe to run twice or after a kill (see jobs/sweep).
 */
import { dispatchOutbox } from '../../jobs/dispatch';
import { runSweep } from '../../jobs/sweep';
import { cloudCore, type CloudFunctionOptions, type CloudSdk } from './cloud-core';

export function createSweepFunction(cloud: CloudSdk, options: CloudFunctionOptions & { budgetMs?: number } = {}) {
  const core = cloudCore(cloud, options);
  const budgetMs = options.budgetMs ?? 12_000;
  return async function main(): Promise<{ cases: number; rectifications: number; delivered: number }> {
    const started = Date.now();
    const ready = await core.get();
    const { cases, rectifications, skipped } = await runSweep(ready.deps, { budgetMs: budgetMs / 2 });
    if (skipped) core.logger.info('sweep.skipped', { reason: 'another instance holds the sweep lease' });
    let delivered = 0;
    while (Date.now() - started < budgetMs) {
      const r = await dispatchOutbox(ready.deps, { push: ready.deps.push });
      delivered += r.delivered;
      if (!r.claimed) break;
    }
    core.logger.info('sweep.done', { cases, rectifications, delivered, ms: Date.now() - started });
    return { cases, rectifications, delivered };
  };
}
