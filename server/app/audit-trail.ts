/**
 * Appending to the office's audit trail from an action: who (the staff member, or 群众 for a
 * resident — never their identity), what, and the record before and after, without personal
 * data (a bound OPENID shows as `bound`, phone numbers never). The entry's id comes from the
 * request and what it is about (not the kind: a retry that runs again may see its own change and
 * describe it differently), so a retried command appends nothing new.
 */
import { createHash } from 'node:crypto';
import type { AuditKind } from '../ports/audit';
import type { Staff } from '../ports/store';
import { subjectHash } from '../security/identity';
import type { ActionContext } from '../core/define-action';

export interface AuditFacts {
  kind: AuditKind;
  target: string;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** The actor when the caller is not signed in as them (a password set with a one-time code). */
  actor?: Staff;
}

export async function audit(ctx: ActionContext, facts: AuditFacts): Promise<void> {
  const staff = facts.actor ?? ctx.caller?.staff ?? null;
  const actor = staff
    ? `staff:${staff.id}`
    : ctx.caller
      ? `resident:${subjectHash(ctx.deps.config.identityPepper, ctx.caller.principal.subject)}`
      : 'nobody';
  const id = createHash('sha256')
    .update([ctx.requestId, actor, facts.target].join('\n'))
    .digest('base64url')
    .slice(0, 32);
  await ctx.deps.store.audit.append({
    id,
    at: ctx.now,
    actorStaffId: staff?.id ?? null,
    actorName: staff ? staff.name : ctx.caller ? '群众' : '系统',
    kind: facts.kind,
    target: facts.target,
    summary: facts.summary,
    before: facts.before ?? null,
    after: facts.after ?? null,
  });
}

/** A staff record as the trail keeps it: everything the office manages, no OPENID. */
export function staffFacts(s: Staff | null) {
  if (!s) return null;
  const { openid, ...rest } = s;
  return { ...rest, bound: Boolean(openid) };
}
