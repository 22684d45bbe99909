import type { EvaluationForm } from '../../contract/evaluation.schema';
import {
  amendableUntil,
  CARD_WINDOW_DAYS,
  CARD_WINDOW_KEY,
  cardEvaluableUntil,
  detailsProblem,
  hasDetails,
  hasReason,
  isBadLevel,
  visitKey,
  type DetailsInput,
} from '../../domain/evaluation.rules';
import { errors, fail, withDetails } from '../../core/errors';
import { subjectHash, type Caller } from '../../security/identity';
import { flagIfNeeded, screenText } from '../../app/content-screen';
import { defineAction, type ActionContext } from '../../core/define-action';
import { requestHash } from '../../security/request-hash';
import { evaluationForm } from '../../app/settings';
import { windowOnDuty } from '../../app/window-duty';
import { limitGuestWindowRatings } from './guest-window-limit';
import { followupAfterAmend } from './evaluation-followup';
import { openFollowup } from '../../app/followup-flow';
import { myFollowup } from '../../app/followup-views';
import type { Followup } from '../../ports/followups';

/** Details are optional; when given they must fit the form, and a 差评 needs a reason. */
function checkDetails(level: number, d: DetailsInput, form: EvaluationForm) {
  const problem = detailsProblem(d, form);
  if (problem) throw errors.invalid([problem]);
  if (isBadLevel(level) && hasDetails(d) && !hasReason(d, form)) {
    throw fail('EVALUATION.REASON_REQUIRED');
  }
}

/** Staff do not rate their own department's service (no one can stuff the figures). */
const selfEvaluation = () => fail('EVALUATION.SELF');

function residentHash(ctx: ActionContext<Caller>) {
  return subjectHash(ctx.deps.config.identityPepper, ctx.caller.principal.subject);
}

/** Whether this submission (its requestId) was stored before: a retry, answered as the first time. */
const isReplayOf = async (ctx: ActionContext<Caller>) =>
  (await ctx.deps.store.evaluations.bySubject(residentHash(ctx), 50)).some((e) => e.requestId === ctx.requestId);

export const evaluationFormGet = defineAction({
  name: 'evaluation.form',
  summary: "The organisation's evaluation form: the five levels, dimensions, praise and reason tags.",
  handler: async (_input, { deps }) => evaluationForm(deps.store),
});

export const evaluationSubmit = defineAction({
  name: 'evaluation.submit',
  summary:
    'One tap: a level (5 非常满意 … 1 非常不满意) for a card or a window visit; details optional. A card takes ' +
    'one evaluation (its first evaluator owns it; others get 409 CARD.ALREADY_EVALUATED), from issue until 30 days ' +
    'after its due date (409 CARD.EVALUATION_CLOSED); a window one per resident per day; no staff member rates their ' +
    'own department (403 EVALUATION.SELF). A repeat with the same requestId returns the first result.',
  isReplay: (_input, ctx) => isReplayOf(ctx),
  async handler(input, ctx) {
    const { store, ids } = ctx.deps;
    const caller = ctx.caller;
    const form = await evaluationForm(store);
    const details = { dimensions: input.dimensions, tags: input.tags, comment: input.comment };
    checkDetails(input.level, details, form);
    if (input.callbackPhone && !isBadLevel(input.level)) throw fail('FOLLOWUP.CALLBACK_NOT_BAD');

    let target: {
      staffId: string | null;
      departmentId: string;
      cardId: string | null;
      windowId: string | null;
      matterId: string | null;
    };
    if (input.cardId) {
      const card = await store.cards.byId(input.cardId);
      if (!card) throw errors.notFound('CARD.NOT_FOUND', '该监督卡，请核对二维码');
      if (caller.staff && caller.staff.departmentId === card.departmentId) throw selfEvaluation();
      const days = (await store.settings.get<number>(CARD_WINDOW_KEY)) ?? CARD_WINDOW_DAYS;
      if (ctx.now > cardEvaluableUntil(card, days)) {
        throw fail('CARD.EVALUATION_CLOSED', days);
      }
      target = {
        staffId: card.staffId,
        departmentId: card.departmentId,
        cardId: card.id,
        windowId: card.windowId,
        matterId: card.matterId,
      };
    } else {
      const window = input.windowId ? await store.org.windowById(input.windowId) : null;
      if (!window) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口，请核对二维码');
      // A window's evaluation is attributed to whoever is on duty there now (AB岗).
      if (caller.staff && caller.staff.departmentId === window.departmentId) throw selfEvaluation();
      const onDuty = await windowOnDuty(store, window, ctx.now);
      target = {
        staffId: onDuty?.id ?? null,
        departmentId: window.departmentId,
        cardId: null,
        windowId: window.id,
        matterId: null,
      };
    }

    // Before the content check: a refused rating costs no call to WeChat.
    if (!target.cardId && target.windowId) await limitGuestWindowRatings(ctx, target.windowId, () => isReplayOf(ctx));
    const screened = await screenText(ctx, 'evaluation', input.comment);
    // 一事一评: the first resident identity that evaluates a card owns its evaluation (the last
    // check before the write, so a refused submission claims nothing).
    if (
      target.cardId &&
      (await store.evaluations.claimCard(target.cardId, residentHash(ctx), ctx.now)) !== residentHash(ctx)
    ) {
      throw fail('CARD.ALREADY_EVALUATED');
    }
    const hash = requestHash(input);
    const result = await store.evaluations.insert({
      id: ids.next(),
      subjectHash: residentHash(ctx),
      target: input.cardId ? 'card' : 'window',
      ...target,
      visitKey: visitKey(input, ctx.now),
      level: input.level,
      dimensions: input.dimensions ?? {},
      tags: input.tags ?? [],
      comment: input.comment ?? '',
      createdAt: ctx.now,
      updatedAt: ctx.now,
      requestId: ctx.requestId,
      requestHash: hash,
    });
    const row = result.row;
    if (!result.created) {
      if (result.conflict === 'visit') {
        throw withDetails(fail('EVALUATION.ALREADY_SUBMITTED'), {
          evaluationId: row.id,
        });
      }
      if (row.requestHash !== hash) throw errors.keyReused();
    }
    await flagIfNeeded(ctx, screened, row.id);
    // 差评回访: every 差评 opens its follow-up (once: a retry finds the one there).
    await openFollowup(ctx, row, result.created ? (input.callbackPhone ?? null) : null);
    return { evaluationId: row.id, amendableUntil: amendableUntil(row.createdAt, form.amendHours).toISOString() };
  },
});

export const evaluationAmend = defineAction({
  name: 'evaluation.amend',
  summary: 'Adds or changes the details (or the level) of the caller’s own evaluation within 24 hours.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const existing = await store.evaluations.byId(input.evaluationId);
    // Someone else's evaluation is reported as missing: its existence is nobody's business.
    if (!existing || existing.subjectHash !== residentHash(ctx)) {
      throw errors.notFound('EVALUATION.NOT_FOUND', '该评价');
    }
    const form = await evaluationForm(store);
    const until = amendableUntil(existing.createdAt, form.amendHours);
    if (ctx.now > until) throw fail('EVALUATION.AMEND_CLOSED');
    const next = {
      level: input.level ?? existing.level,
      dimensions: input.dimensions ?? existing.dimensions,
      tags: input.tags ?? existing.tags,
      comment: input.comment ?? existing.comment,
    };
    checkDetails(next.level, next, form);
    if (input.callbackPhone && !isBadLevel(next.level)) throw fail('FOLLOWUP.CALLBACK_NOT_BAD');
    const screened = next.comment !== existing.comment ? await screenText(ctx, 'evaluation', next.comment) : null;
    const row = await store.evaluations.amend(existing.id, { ...next, updatedAt: ctx.now });
    if (!row) throw errors.notFound('EVALUATION.NOT_FOUND', '该评价');
    await flagIfNeeded(ctx, screened, row.id);
    await followupAfterAmend(ctx, row, input.callbackPhone ?? null);
    return { evaluationId: row.id, level: row.level, amendableUntil: until.toISOString() };
  },
});

export const evaluationMine = defineAction({
  name: 'evaluation.mine',
  summary: "The caller's own evaluations (我的评价), newest first.",
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const [rows, departments, windows, form] = await Promise.all([
      store.evaluations.bySubject(residentHash(ctx), input.limit ?? 20),
      store.org.departments(),
      store.org.windows(),
      evaluationForm(store),
    ]);
    const deptName = new Map(departments.map((d) => [d.id, d.name]));
    const windowName = new Map(windows.map((w) => [w.id, w.name]));
    const [cards, followups] = await Promise.all([
      Promise.all(rows.map((r) => (r.cardId ? store.cards.byId(r.cardId) : null))),
      store.followups.byEvaluations(rows.filter((r) => isBadLevel(r.level) || r.firstLevel <= 2).map((r) => r.id)),
    ]);
    const followupOf = new Map(followups.map((f) => [f.evaluationId, f]));
    return {
      evaluations: rows.map((r, i) => ({
        evaluationId: r.id,
        target: r.target,
        title: cards[i]?.matter ?? (r.windowId ? (windowName.get(r.windowId) ?? '') : ''),
        departmentName: deptName.get(r.departmentId) ?? '',
        level: r.level,
        dimensions: r.dimensions,
        tags: r.tags,
        comment: r.comment,
        createdAt: r.createdAt.toISOString(),
        amendableUntil: amendableUntil(r.createdAt, form.amendHours).toISOString(),
        cardId: r.cardId,
        windowId: r.windowId,
        ...(followupOf.has(r.id) ? { followup: myFollowup(followupOf.get(r.id) as Followup) } : {}),
      })),
    };
  },
});
