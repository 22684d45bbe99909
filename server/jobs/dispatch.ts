/**
 * Delivers queued notices. Every notice lands in the recipient's in-app 消息 (written once: the
 * message id is the outbox id); staff with a bound WeChat account also get a push. A push that
 * fails for good (43101: no consent left) marks the item undeliverable and queues the same notice
 * for the next person in line (B post, else the department head); transient failures retry
 * with backoff. A crash between delivery and marking means a retry after the lease: the in-app
 * message is not doubled; a push may be (WeChat offers no dedup), which is the lesser harm.
 */
import type { CoreDeps } from '../core/define-action';
import { notice, recipientKey } from '../app/complaint-notices';
import { orgIndex } from '../app/complaint-views';
import { standInFor } from '../domain/complaint.recipients';
import type { OutboxItem } from '../ports/complaint-store';
import type { PushChannel } from '../ports/push';
import { unseal } from '../security/sealed';

export interface DispatchOptions {
  push?: PushChannel | null;
  limit?: number;
  leaseMs?: number;
  maxAttempts?: number;
}

/** 1, 2, 4, 8 … minutes, at most an hour. */
export const backoffMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60 * 1000;

export async function dispatchOutbox(
  deps: Pick<CoreDeps, 'store' | 'clock' | 'logger' | 'config'>,
  o: DispatchOptions = {},
) {
  const { store, clock, logger } = deps;
  const now = clock.now();
  const items = await store.outbox.claim(now, new Date(now.getTime() + (o.leaseMs ?? 60_000)), o.limit ?? 50);
  let delivered = 0;
  for (const item of items) {
    await store.messages.add({
      id: item.id,
      recipientKey: recipientKey(item.recipient),
      kind: item.kind,
      title: item.payload.title,
      body: item.payload.body,
      complaintId: item.complaintId,
      rectificationId: item.rectificationId,
      followupId: item.followupId,
      appealId: item.appealId,
      cardId: item.cardId,
      createdAt: item.createdAt,
    });
    const outcome = await push(deps, item, o.push ?? null);
    if (outcome === 'sent') {
      await store.outbox.markSent(item.id, clock.now());
      delivered++;
      continue;
    }
    const final = outcome.final || item.attempts >= (o.maxAttempts ?? 6);
    await store.outbox.markFailed(
      item.id,
      `${outcome.code}: ${outcome.message}`,
      final ? null : new Date(clock.now().getTime() + backoffMs(item.attempts)),
    );
    logger.warn('notice.failed', { id: item.id, kind: item.kind, code: outcome.code, final });
    if (final) await fallBack(deps, item);
  }
  return { claimed: items.length, delivered };
}

async function push(deps: Pick<CoreDeps, 'store' | 'config'>, item: OutboxItem, channel: PushChannel | null) {
  if (!channel) return 'sent' as const;
  if (!('staffId' in item.recipient)) {
    // A complainant outside WeChat (or with a foreign seal) has the in-app message only.
    const openid = item.recipient.sealedOpenid ? unseal(deps.config.identityPepper, item.recipient.sealedOpenid) : null;
    if (!openid) return 'sent' as const;
    const result = await channel.send(item, { openid });
    return result.ok ? ('sent' as const) : result;
  }
  const staff = await deps.store.org.staffById(item.recipient.staffId);
  // No bound account: the in-app message is all this person can get, and that was delivered.
  if (!staff?.openid) return 'sent' as const;
  const result = await channel.send(item, { openid: staff.openid });
  return result.ok ? ('sent' as const) : result;
}

/** The notice goes to the next in line (domain/complaint.recipients.ts standInFor). */
async function fallBack(deps: Pick<CoreDeps, 'store' | 'clock'>, item: OutboxItem) {
  // Rectification notices go to the owner and the office already; only a case needs a stand-in.
  if (!('staffId' in item.recipient) || !item.complaintId) return;
  const from = item.recipient.staffId;
  const { store, clock } = deps;
  const [c, org] = await Promise.all([store.complaints.byId(item.complaintId), orgIndex(store)]);
  if (!c) return;
  const next = standInFor(item.kind, org, c, from, (id) => item.dedupKey.includes(`fallback:${id}`));
  if (!next) return;
  const fallback = notice(
    item.kind,
    { staffId: next },
    c,
    clock.now(),
    `${item.dedupKey}:fallback:${next}`,
    item.payload.body,
  );
  await store.outbox.enqueue([fallback]);
}
