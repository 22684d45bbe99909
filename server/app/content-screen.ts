/**
 * What users write goes through the content check before it is stored (documented choice, see
 * docs/deploy.md): `risky` is refused with a message the writer can act on; `review`, and a check
 * that could not be made, are stored and flagged for the admin's moderation list — a complaint
 * must never be lost because WeChat was unreachable.
 */
import { createHash } from 'node:crypto';
import { fail } from '../core/errors';
import type { ContentCheckResult, ContentScene } from '../ports/content-check';
import type { FlaggedKind } from '../ports/content-flags';
import { callerOf, type ActionContext } from '../core/define-action';

export interface Screened {
  kind: FlaggedKind;
  text: string;
  result: ContentCheckResult;
}

/** The scene WeChat is told: complaints and replies are comments on a service (2). */
const SCENE: ContentScene = 2;

/** Checks `text` (nothing to check when empty); throws CONTENT.RISKY when WeChat refuses it. */
export async function screenText(
  ctx: ActionContext,
  kind: FlaggedKind,
  text: string | undefined | null,
): Promise<Screened | null> {
  if (!text?.trim()) return null;
  const check = ctx.deps.contentCheck;
  if (!check) return null;
  const subject = callerOf(ctx).principal.subject;
  const openid = subject.startsWith('wx:') ? subject.slice(3) : null;
  const result = await check.check(text, { openid, scene: SCENE });
  if (result.verdict === 'risky') {
    ctx.deps.logger.info('content.refused', { kind, label: result.label ?? null });
    throw fail('CONTENT.RISKY');
  }
  return { kind, text, result };
}

/** After the text is stored: flags it for the admin when the check was not a clean pass. */
export async function flagIfNeeded(ctx: ActionContext, screened: Screened | null, refId: string): Promise<void> {
  const verdict = screened?.result.verdict;
  if (!screened || (verdict !== 'review' && verdict !== 'unavailable')) return;
  const id = createHash('sha256')
    .update(`${screened.kind}\n${refId}\n${screened.text}`)
    .digest('base64url')
    .slice(0, 24);
  await ctx.deps.store.flags.put({
    id,
    kind: screened.kind,
    refId,
    verdict,
    label: screened.result.label ?? null,
    reason: screened.result.reason ?? null,
    text: screened.text,
    createdAt: ctx.now,
    resolvedAt: null,
    resolvedByStaffId: null,
  });
}
