/**
 * The shared machinery of complaint actions and the sweep: load a case as a caller sees it,
 * and apply a state change with its timeline entries and notices in one atomic write.
 */
import type { Relation } from '../domain/complaint.rules';
import { judge, nextSweepAt, type Command, type ComplaintSettings, VIEWERS } from '../domain/complaint.rules';
import { AppError, errors, fail } from '../core/errors';
import { subjectHash } from '../security/identity';
import type { CaseEvent, Complaint, OutboxItem } from '../ports/complaint-store';
import { callerOf, type ActionContext } from '../core/define-action';
import type { ComplaintDetail } from '../contract/complaint.schema';
import { detailOf, orgIndex, relationsOf, type OrgIndex } from './complaint-views';
import { photoLink } from './photos';
import { notice } from './complaint-notices';
import { complaintSettings } from './settings';
import { rectificationVerified, type CaseChange, type Marks } from '../domain/complaint.transitions';

export const complaintErrors = {
  notFound: () => errors.notFound('COMPLAINT.NOT_FOUND', '该投诉'),
  illegal: (what: string) => fail('COMPLAINT.ILLEGAL_TRANSITION', what),
  conflict: () => fail('COMPLAINT.CONFLICT'),
};

const COMMAND_WORDS: Record<Command, string> = {
  reply: '答复',
  transfer: '转办',
  reject: '不予受理',
  rate: '评价',
  autoClose: '办结',
  revealPhone: '查看电话',
  requestReview: '申请复核',
  askStatement: '请被投诉人说明情况',
  giveStatement: '说明情况',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  superviseReply: '回复督办单',
};

export function residentHashOf(ctx: ActionContext) {
  return subjectHash(ctx.deps.config.identityPepper, callerOf(ctx).principal.subject);
}

export interface LoadedCase {
  c: Complaint;
  events: CaseEvent[];
  org: OrgIndex;
  relations: Set<Relation>;
}

/** The case, if the caller may see it; anyone else is told it does not exist. */
export async function loadCase(ctx: ActionContext, complaintId: string): Promise<LoadedCase> {
  const { store } = ctx.deps;
  const [c, events, org] = await Promise.all([
    store.complaints.byId(complaintId),
    store.complaints.timeline(complaintId),
    orgIndex(store),
  ]);
  if (!c) throw complaintErrors.notFound();
  const relations = relationsOf(callerOf(ctx), c, residentHashOf(ctx), org, events);
  if (!VIEWERS.some((v) => relations.has(v))) throw complaintErrors.notFound();
  return { c, events, org, relations };
}

/** Refuses a command the caller may not give (403) or the state does not allow (409). */
export function authorize(command: Command, loaded: LoadedCase) {
  const verdict = judge(command, loaded.c.status, loaded.relations);
  if (verdict === 'forbidden') throw errors.forbidden();
  if (verdict === 'illegal') throw complaintErrors.illegal(COMMAND_WORDS[command]);
}

/**
 * Who acted, as the timeline keeps it: the keyed hash of the caller's identity, never the
 * identity itself (an OPENID or a device id would name the complainant to anyone reading events).
 */
export const actorKey = residentHashOf;

/** A retried command (same requestId, same caller) finds its own event and changes nothing. */
export function alreadyApplied(ctx: ActionContext, loaded: LoadedCase): boolean {
  const by = actorKey(ctx);
  return loaded.events.some((e) => e.data.requestId === ctx.requestId && e.data.by === by);
}

/**
 * Runs a command on a case once per request, however often and however concurrently it is
 * sent. A retry finds its own event and changes nothing; a request that lost a race to its twin
 * (same requestId) answers with the twin's result; one that lost to someone else's change is
 * judged again on the state that won — so every store answers a lost race alike (409
 * COMPLAINT.ILLEGAL_TRANSITION when the command no longer applies, never a store-dependent code).
 */
export async function runCommand(
  ctx: ActionContext,
  complaintId: string,
  run: (loaded: LoadedCase) => Promise<void>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadCase(ctx, complaintId);
    if (alreadyApplied(ctx, loaded)) return;
    try {
      return await run(loaded);
    } catch (err) {
      const raced =
        err instanceof AppError && (err.code === 'COMPLAINT.CONFLICT' || err.code === 'COMPLAINT.ILLEGAL_TRANSITION');
      if (!raced || attempt >= 4) throw err;
      const now = await loadCase(ctx, complaintId);
      if (alreadyApplied(ctx, now)) return;
      // Judged on what it read, and nothing has moved since: the refusal stands.
      if (now.c.version === loaded.c.version) throw err;
    }
  }
}

export function event(
  ctx: Pick<ActionContext, 'deps' | 'now'>,
  c: Complaint,
  kind: CaseEvent['kind'],
  actor: Pick<CaseEvent, 'actorKind' | 'actorStaffId'>,
  data: Record<string, unknown> = {},
): CaseEvent {
  return { id: ctx.deps.ids.next(), complaintId: c.id, at: ctx.now, kind, ...actor, data };
}

/** Stores a transition's change (domain/complaint.transitions.ts): the case, its timeline entries and notices, atomically. */
export async function commitChange(
  ctx: Pick<ActionContext, 'deps' | 'now'>,
  c: Complaint,
  change: CaseChange,
  settings?: ComplaintSettings,
): Promise<Complaint> {
  const next = { ...c, ...change.patch };
  const events = change.events.map((e) => event(ctx, c, e.kind, e.actor, e.data));
  const outbox = change.notices.flatMap((n) => n.to.map((r) => notice(n.kind, r, next, ctx.now, n.occasion, n.body)));
  return applyChange(ctx, c, change.patch, events, outbox, settings ?? (await complaintSettings(ctx.deps.store)));
}

/**
 * Puts a verified rectification on the case it came from and tells the complainant, once: a
 * retried verification finds the entry there; a case changed meanwhile is read again.
 */
export async function caseRectified(
  ctx: Pick<ActionContext, 'deps' | 'now'>,
  complaintId: string,
  rectificationId: string,
  result: string,
): Promise<void> {
  const { complaints } = ctx.deps.store;
  for (let attempt = 1; ; attempt++) {
    const [c, events] = await Promise.all([complaints.byId(complaintId), complaints.timeline(complaintId)]);
    if (!c || events.some((e) => e.kind === 'rectified' && e.data.rectificationId === rectificationId)) return;
    try {
      await commitChange(ctx, c, rectificationVerified(c, rectificationId, result));
      return;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'COMPLAINT.CONFLICT') || attempt >= 4) throw err;
    }
  }
}

/** The marks of this request on the events it writes, so a retry finds them (alreadyApplied). */
export const marksOf = (ctx: ActionContext): Marks => ({ requestId: ctx.requestId, by: actorKey(ctx) });

/** Writes the next version of the case, or throws 409 when someone else changed it first. */
export async function applyChange(
  ctx: Pick<ActionContext, 'deps' | 'now'>,
  c: Complaint,
  patch: Partial<Complaint>,
  events: CaseEvent[],
  outbox: OutboxItem[],
  settings: ComplaintSettings,
): Promise<Complaint> {
  const next: Complaint = { ...c, ...patch, version: c.version + 1, updatedAt: ctx.now };
  next.nextSweepAt = nextSweepAt(next, settings);
  const saved = await ctx.deps.store.complaints.transition(next, events, outbox);
  if (!saved) throw complaintErrors.conflict();
  return saved;
}

export { orgIndex };

/** The case as the caller sees it now (after a change), photos as short-lived links. */
export async function freshDetail(ctx: ActionContext, complaintId: string): Promise<ComplaintDetail> {
  const fresh = await loadCase(ctx, complaintId);
  return viewOf(ctx, fresh);
}

export function viewOf(ctx: ActionContext, loaded: LoadedCase): ComplaintDetail {
  return detailOf(loaded.c, loaded.events, loaded.relations, loaded.org, ctx.now, (id) =>
    photoLink(ctx.deps, id, ctx.now),
  );
}
