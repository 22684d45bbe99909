import { cardDue, cardNoticeOf, cardUrl, newCardCase } from '../../domain/card.rules';
import { visitKey } from '../../domain/evaluation.rules';
import { subjectHash } from '../../security/identity';
import { errors, fail } from '../../core/errors';
import { defineAction } from '../../core/define-action';
import { requestHash } from '../../security/request-hash';
import { cardDayKind, evaluationForm } from '../../app/settings';
import { cardView, cardWindowDays, myEvaluationBrief } from '../../app/card-views';
import { cardNotFound, cardPage } from '../../app/card-flow';
import { cardSettings } from './card.settings.actions';

const DAY_WORDS = { working: '工作日', natural: '自然日' } as const;

export const cardIssue = defineAction({
  name: 'card.issue',
  summary:
    'Staff issue a 办事监督卡: matter (from the catalogue, whose 承诺时限 caps the promise and whose 告知 the card carries), type, promised days (→ due date), a note for this applicant, supervision phone. 即办件 are 办结 at issue.',
  async handler(input, ctx) {
    const { store, ids, config, logger } = ctx.deps;
    const staff = ctx.caller.staff;
    const [department, windows, matter, dayKind, settings] = await Promise.all([
      store.org.departmentById(staff.departmentId),
      store.org.windows(),
      input.matterId ? store.org.matterById(input.matterId) : Promise.resolve(null),
      cardDayKind(store),
      cardSettings(store),
    ]);
    if (input.matterId && !matter) throw errors.notFound('MATTER.NOT_FOUND', '该办事事项');
    // The card is counted for, and its complaints routed to, the issuer's department: a matter of
    // another department would put its service under the wrong head and the wrong statistics.
    if (matter && matter.departmentId !== staff.departmentId) throw fail('MATTER.NOT_SERVED');
    if (!matter && !settings.freeMatters) throw fail('CARD.FREE_MATTER_OFF');
    const kind = matter?.dayKind ?? dayKind ?? 'working';
    if (matter && input.matterType !== '即办件' && input.promisedDays > matter.promisedDays) {
      throw fail('CARD.PROMISE_EXCEEDS', matter.promisedDays, DAY_WORDS[kind]);
    }
    const own = windows.filter((w) => w.departmentId === staff.departmentId);
    const window = input.windowId
      ? own.find((w) => w.id === input.windowId)
      : (own.find((w) => w.aStaffId === staff.id) ?? own.find((w) => w.bStaffId === staff.id));
    if (input.windowId && !window) throw errors.notFound('WINDOW.NOT_FOUND', '本部门的该窗口');

    const due = cardDue(ctx.now, input.matterType, input.promisedDays, kind);
    if (due.warning) logger.warn('calendar.fallback', { message: due.warning });
    const base = {
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
      notice: matter ? cardNoticeOf(matter) : null,
    };
    const result = await store.cards.insert({ ...base, ...newCardCase(base) });
    if (!result.created && result.row.requestHash !== requestHash(input)) throw errors.keyReused();
    const card = result.row;
    return {
      cardId: card.id,
      url: cardUrl(config.publicBaseUrl, card.id),
      dueAt: card.dueAt.toISOString(),
      dueDate: due.date,
    };
  },
});

export const cardGet = defineAction({
  name: 'card.get',
  summary:
    'The card as a resident sees it — its state (办理中 / 待补正 / 已办结 / 已退回), the catalogue’s 告知, the timeline — with the caller’s own evaluation of it if any.',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const card = await store.cards.byId(input.cardId);
    if (!card) throw cardNotFound();
    const hash = subjectHash(config.identityPepper, ctx.caller.principal.subject);
    const [page, mine, form] = await Promise.all([
      cardPage(ctx, card),
      store.evaluations.bySubjectAndVisit(hash, visitKey({ cardId: card.id }, ctx.now)),
      evaluationForm(store),
    ]);
    return { ...page, myEvaluation: myEvaluationBrief(mine, form.amendHours) };
  },
});

export const cardMine = defineAction({
  name: 'card.mine',
  summary: 'The cards the calling staff member issued, newest first (paged by `before`), with their state.',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const staff = ctx.caller.staff;
    const before = input.before ? new Date(input.before) : undefined;
    if (before && Number.isNaN(before.getTime())) throw fail('REQUEST.INVALID', '时间格式不正确');
    const [cards, windowDays] = await Promise.all([
      store.cards.byStaff(staff.id, input.limit ?? 20, before),
      cardWindowDays(store),
    ]);
    return {
      cards: await Promise.all(
        cards.map((c) => cardView(store, c, config.publicBaseUrl, { canAct: true, windowDays })),
      ),
    };
  },
});
