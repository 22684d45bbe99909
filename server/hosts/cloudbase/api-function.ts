/**
 * The `api` cloud function: every client action through the one registry. Identity is the
 * caller's OPENID from the cloud context (WeChat vouches for it; no token involved). Notices an
 * action queued are delivered before the function returns, within a small bound; the `sweep`
 * function's timer delivers whatever is left.
 */
import { errorResult } from '../../core/dispatch';
import { dispatchOutbox } from '../../jobs/dispatch';
import { cloudCore, type CloudFunctionOptions, type CloudSdk } from './cloud-core';

export type { CloudSdk } from './cloud-core';
export type ApiFunctionOptions = CloudFunctionOptions;

export function createApiFunction(cloud: CloudSdk, options: ApiFunctionOptions = {}) {
  const core = cloudCore(cloud, options);
  return async function main(event: unknown): Promise<unknown> {
    try {
      const ready = await core.get();
      const { OPENID, CLIENTIP, CLIENTIPV6 } = cloud.getWXContext();
      const ip = CLIENTIP || CLIENTIPV6;
      const result = await ready.dispatch(event, OPENID ? { subject: `wx:${OPENID}` } : null, ip ? { ip } : {});
      if (result.body.ok) {
        // A failed delivery never fails the action: the outbox keeps the notice for the sweep.
        await dispatchOutbox(ready.deps, { push: ready.deps.push, limit: 10 }).catch((err) =>
          core.logger.warn('notice.dispatch_failed', { error: err instanceof Error ? err.message : String(err) }),
        );
      }
      return result.body;
    } catch (err) {
      return errorResult(err, { logger: core.logger }).body;
    }
  };
}
