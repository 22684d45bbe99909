import type { DayKind } from '../../domain/calendar';
import { cardDue, cardUrl } from '../../domain/card.rules';
import { visitKey } from '../../domain/evaluation.rules';
import { subjectHash } from '../../security/identity';
import { errors, fail } from '../../core/errors';
import { defineAction } from '../../core/define-action';
import { requestHash } from '../../security/request-hash';
import { evaluationForm } from '../../app/settings';
import { cardView, myEvaluationBrief } from '../../app/card-views';

/** 承诺件 time limits are counted in working days unless the organisation says otherwise. */
export const CARD_DAY_KIND_KEY = 'card.dayKind';

export const cardIssue = defineAction({
  name: 'card.issue',
  summary: 'Staff issue a 办事监督卡: matter, type, promised days (→ due date), notes, supervision phone.',
  async handler(input, ctx) {
    const { store, ids, config, logger } = ctx.deps;
    const staff = ctx.caller.staff;
    const [department, windows, matter, dayKind] = await Promise.all([
      store.org.departmentById(staff.departmentId),
      store.org.windows(),
      input.matterId ? store.org.matterById(input.matterId) : Promise.resolve(null),
      store.settings.get<DayKind>(CARD_DAY_KIND_KEY),
    ]);
    if (input.matterId && !matter) throw errors.notFound('MATTER.NOT_FOUND', '该办事事项');
    // The card is counted for, and its complaints routed to, the issuer's department: a matter of
    // another department would put its service under the wrong head and the wrong statistics.
    if (matter && matter.departmentId !== staff.departmentId) throw fail('MATTER.NOT_SERVED');
    const own = windows.filter((w) => w.departmentId === staff.departmentId);
    const window = input.windowId
      ? own.find((w) => w.id === input.windowId)
      : (own.find((w) => w.aStaffId === staff.id) ?? own.find((w) => w.bStaffId === staff.id));
    if (input.windowId && !window) throw errors.notFound('WINDOW.NOT_FOUND', '本部门的该窗口');

    const kind = dayKind ?? 'working';
    const due = cardDue(ctx.now, input.matterType, input.promisedDays, kind);
    if (due.warning) logger.warn('calendar.fallback', { message: due.warning });
    const result = await store.cards.insert({
      id: ids.next(),
      matter: input.matter,
      matterType: input.matterType,
      matterId: input.matterId ?? null,
      promisedDays: input.matterType === '即办件' ? 0 : input.promisedDays,
      dayKind: kind,
      notes: input.notes ?? '',
      supervisionPhone: input.supervisionPhone ?? department?.supervisionPhone ?? '',
      staffId: staff.id,
      departmentId: staff.departmentId,
      windowId: window?.id ?? null,
      issuedAt: ctx.now,
      dueAt: due.dueAt,
      requestId: ctx.requestId,
      requestHash: requestHash(input),
    });
    if (!result.created && result.row.requestHash !== requestHash(input)) throw errors.keyReused();
    const card = result.row;
    return {
      cardId: card.id,
      url: cardUrl(config.publicBaseUrl, card.id),
      dueAt: card.dueAt.toISOString(),
      dueDate: (await cardView(store, card, config.publicBaseUrl)).dueDate,
    };
  },
});

export const cardGet = defineAction({
  name: 'card.get',
  summary: 'The card as a resident sees it, with the caller’s own evaluation of it if any.',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const card = await store.cards.byId(input.cardId);
    if (!card) throw errors.notFound('CARD.NOT_FOUND', '该监督卡，请核对二维码');
    const hash = subjectHash(config.identityPepper, ctx.caller.principal.subject);
    const [view, mine, form] = await Promise.all([
      cardView(store, card, config.publicBaseUrl),
      store.evaluations.bySubjectAndVisit(hash, visitKey({ cardId: card.id }, ctx.now)),
      evaluationForm(store),
    ]);
    return { ...view, myEvaluation: myEvaluationBrief(mine, form.amendHours) };
  },
});

export const cardMine = defineAction({
  name: 'card.mine',
  summary: 'The cards the calling staff member issued, newest first (paged by `before`).',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const staff = ctx.caller.staff;
    const before = input.before ? new Date(input.before) : undefined;
    if (before && Number.isNaN(before.getTime())) throw fail('REQUEST.INVALID', '时间格式不正确');
    const cards = await store.cards.byStaff(staff.id, input.limit ?? 20, before);
    return { cards: await Promise.all(cards.map((c) => cardView(store, c, config.publicBaseUrl))) };
  },
});
