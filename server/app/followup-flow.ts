/**
 * The shared machinery of follow-up actions and the sweep: open a follow-up for a 差评, load one
 * as a caller sees it, and store a change with its entries, notices and effects in one write.
 */
import { createHash } from 'node:crypto';
import type { ActionContext, CoreDeps } from '../core/define-action';
import { AppError, errors, fail } from '../core/errors';
import type { Evaluation, Staff } from '../ports/store';
import type { Followup, FollowupEntry } from '../ports/followups';
import type { OutboxItem, Recipient } from '../ports/complaint-store';
import { route } from '../domain/routing';
import { replyDue, thing } from '../domain/complaint.rules';
import {
  FOLLOWUP_MAX_LEVEL,
  FOLLOWUP_STATUS_LABELS,
  followupNextSweepAt,
  followupRelations,
  FOLLOWUP_VIEWERS,
  judgeFollowup,
  type FollowupCommand,
  type FollowupRelation,
} from '../domain/followup.rules';
import { followupRectified, openedNotices, type FollowupChange } from '../domain/followup.transitions';
import { shanghaiDate } from '../contract/dates';
import { complaintSettings } from './settings';
import { orgIndex, type OrgIndex } from './complaint-views';
import { dueText, outboxItem } from './complaint-notices';
import { subjectHash, type Caller } from '../security/identity';
import { seal } from '../security/sealed';

type Ctx = Pick<ActionContext, 'deps' | 'now'>;

export const followupErrors = {
  notFound: () => errors.notFound('FOLLOWUP.NOT_FOUND'),
  illegal: (what: string) => fail('FOLLOWUP.ILLEGAL_TRANSITION', what),
  conflict: () => fail('FOLLOWUP.CONFLICT'),
};

const COMMAND_WORDS: Record<FollowupCommand, string> = {
  record: '记录回访',
  review: '复查',
  rate: '评价回访',
  revealPhone: '查看电话',
  decide: '审核',
};

/** One follow-up per evaluation: its id is derived from the evaluation's (a retry, or two at once, open one). */
export function followupIdOf(evaluationId: string): string {
  return evaluationId.length <= 31
    ? `F${evaluationId}`
    : `F${createHash('sha256').update(evaluationId).digest('hex').slice(0, 31)}`;
}

/** The notice of a follow-up change, deduplicated by kind, follow-up, occasion and recipient. */
export function followupNotice(
  kind: OutboxItem['kind'],
  recipient: Recipient,
  f: Followup,
  now: Date,
  occasion: string | number,
  body: string,
  appealId: string | null = null,
): OutboxItem {
  // A notice of an appeal opens the appeal (the office's page); every other the follow-up.
  return outboxItem(kind, recipient, appealId ? { appealId } : { followupId: f.id }, now, occasion, body, {
    trackingNo: '',
    category: thing('差评回访'),
    dueAt: dueText(f.dueAt),
    status: thing(FOLLOWUP_STATUS_LABELS[f.status], 5),
  });
}

/**
 * Opens the follow-up of a 差评 (level ≤ 2), once: routed like a complaint about the rated person
 * (their head, the head's B post, else the office), 7 days to answer. Idempotent: a retried or
 * repeated call finds the one there (and adds a call-back number it did not have).
 */
export async function openFollowup(
  ctx: Pick<ActionContext, 'deps' | 'now' | 'requestId'> & { caller: Caller },
  e: Evaluation,
  callbackPhone: string | null,
): Promise<Followup | null> {
  if (e.level > FOLLOWUP_MAX_LEVEL) return null;
  const { store, config } = ctx.deps;
  const [org, settings, card, window] = await Promise.all([
    orgIndex(store),
    complaintSettings(store),
    e.cardId ? store.cards.byId(e.cardId) : null,
    e.windowId && !e.cardId ? store.org.windowById(e.windowId) : null,
  ]);
  const department = org.departments.get(e.departmentId);
  if (!department) return null;
  const routed = route({
    about: e.staffId ? (org.staff.get(e.staffId) ?? null) : null,
    category: '',
    department,
    date: shanghaiDate(ctx.now),
    staffById: (id) => org.staff.get(id),
    reachable: (s: Staff) => config.mode === 'local' || s.openid !== null,
  });
  const subject = ctx.caller.principal.subject;
  const f: Followup = {
    id: followupIdOf(e.id),
    evaluationId: e.id,
    subjectHash: e.subjectHash,
    notifyOpenid: subject.startsWith('wx:') ? seal(config.identityPepper, subject.slice(3)) : null,
    departmentId: e.departmentId,
    staffId: e.staffId,
    cardId: e.cardId,
    windowId: e.windowId,
    matterId: e.matterId,
    title: card?.matter ?? window?.name ?? (e.cardId ? '办事监督卡' : '窗口服务'),
    level: e.level,
    callbackPhone,
    status: 'open',
    assigneeStaffId: routed.assignee?.id ?? null,
    dueAt: replyDue(ctx.now, settings).dueAt,
    record: null,
    rectificationId: null,
    rectifiedAt: null,
    satisfied: null,
    entries: [
      {
        at: ctx.now,
        kind: 'opened',
        byStaffId: null,
        text: routed.assignee ? `差评回访交 ${routed.assignee.name} 办理` : '差评回访交评议办办理',
        requestId: ctx.requestId,
      },
    ],
    nextSweepAt: null,
    sweepStage: 'none',
    lastEscalatedOn: null,
    ladderStep: 0,
    coveringFor: null,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    closedAt: null,
  };
  f.nextSweepAt = followupNextSweepAt(f, settings);
  const summary = [e.tags.join('、'), e.comment].filter(Boolean).join('：');
  const outbox = openedNotices(org, f, summary).flatMap((n) =>
    n.to.map((r) => followupNotice(n.kind, r, f, ctx.now, n.occasion, n.body)),
  );
  return (await store.followups.create(f, outbox)).row;
}

export interface LoadedFollowup {
  f: Followup;
  org: OrgIndex;
  relations: Set<FollowupRelation>;
}

export function residentHashOf(ctx: Pick<ActionContext, 'deps'> & { caller: Caller | null }): string | null {
  return ctx.caller ? subjectHash(ctx.deps.config.identityPepper, ctx.caller.principal.subject) : null;
}

/** The follow-up, if the caller may see it; anyone else (the rated person first) is told it does not exist. */
export async function loadFollowup(ctx: ActionContext, followupId: string): Promise<LoadedFollowup> {
  const { store } = ctx.deps;
  const [f, org] = await Promise.all([store.followups.byId(followupId), orgIndex(store)]);
  if (!f) throw followupErrors.notFound();
  const relations = followupRelations(ctx.caller?.staff ?? null, residentHashOf(ctx), f, org);
  if (relations.has('subject') || !FOLLOWUP_VIEWERS.some((v) => relations.has(v))) throw followupErrors.notFound();
  return { f, org, relations };
}

export function authorizeFollowup(command: FollowupCommand, loaded: LoadedFollowup) {
  const verdict = judgeFollowup(command, loaded.f.status, loaded.relations);
  if (verdict === 'forbidden') throw errors.forbidden();
  if (verdict === 'illegal') throw followupErrors.illegal(COMMAND_WORDS[command]);
}

/** Whether this request already wrote an entry (a retry changes nothing and answers as the first time). */
export const appliedBy = (f: Followup, requestId: string) => f.entries.some((e) => e.requestId === requestId);

/**
 * Runs a command once per request, however often it is sent: a retry finds its own entry; a
 * request that lost a race is judged again on the state that won (409 FOLLOWUP.ILLEGAL_TRANSITION
 * when it no longer applies), alike on every store.
 */
export async function runFollowupCommand(
  ctx: ActionContext,
  followupId: string,
  run: (loaded: LoadedFollowup) => Promise<void>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadFollowup(ctx, followupId);
    if (appliedBy(loaded.f, ctx.requestId)) return;
    try {
      return await run(loaded);
    } catch (err) {
      const raced =
        err instanceof AppError && (err.code === 'FOLLOWUP.CONFLICT' || err.code === 'FOLLOWUP.ILLEGAL_TRANSITION');
      if (!raced || attempt >= 4) throw err;
      const now = await loadFollowup(ctx, followupId);
      if (appliedBy(now.f, ctx.requestId)) return;
      if (now.f.version === loaded.f.version) throw err;
    }
  }
}

/** The follow-up as the change leaves it (version, time, next sweep), with its notices as outbox items. */
export async function prepareChange(ctx: Ctx, f: Followup, change: FollowupChange) {
  const settings = await complaintSettings(ctx.deps.store);
  const entries: FollowupEntry[] = change.entries.map((e) => ({ ...e, at: ctx.now }));
  const next: Followup = {
    ...f,
    ...change.patch,
    entries: [...f.entries, ...entries],
    version: f.version + 1,
    updatedAt: ctx.now,
  };
  next.nextSweepAt = followupNextSweepAt(next, settings);
  const outbox = change.notices.flatMap((n) =>
    n.to.map((r) =>
      followupNotice(
        n.kind,
        r,
        next,
        ctx.now,
        n.occasion,
        n.body,
        n.kind === 'appeal.new' && change.appeal ? change.appeal.id : null,
      ),
    ),
  );
  return { next, outbox };
}

/** Stores a change (domain/followup.transitions.ts), or throws 409 FOLLOWUP.CONFLICT when someone else changed it first. */
export async function commitFollowup(ctx: Ctx, f: Followup, change: FollowupChange): Promise<Followup> {
  const { next, outbox } = await prepareChange(ctx, f, change);
  const saved = await ctx.deps.store.followups.transition(
    next,
    outbox,
    change.appeal ? { appeal: change.appeal } : undefined,
  );
  if (!saved) throw followupErrors.conflict();
  return saved;
}

/** Reads and writes again while someone else's change wins (the sweep, a verification): at most 4 times. */
export async function retryFollowup(
  deps: CoreDeps,
  followupId: string,
  change: (f: Followup) => FollowupChange | null,
  now: Date,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const f = await deps.store.followups.byId(followupId);
    const c = f ? change(f) : null;
    if (!f || !c) return;
    try {
      await commitFollowup({ deps, now }, f, c);
      return;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'FOLLOWUP.CONFLICT') || attempt >= 4) throw err;
    }
  }
}

/** 整改结果反馈评价人: a verified rectification from a follow-up tells its resident, once. */
export async function followupRectifiedBy(
  ctx: Ctx,
  followupId: string,
  rectificationId: string,
  result: string,
): Promise<void> {
  await retryFollowup(
    ctx.deps,
    followupId,
    (f) => (f.rectifiedAt ? null : followupRectified(f, rectificationId, result, ctx.now)),
    ctx.now,
  );
}
