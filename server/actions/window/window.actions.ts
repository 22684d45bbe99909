import { windowUrl } from '../../domain/card.rules';
import { visitKey } from '../../domain/evaluation.rules';
import { errors } from '../../core/errors';
import { subjectHash } from '../../security/identity';
import { defineAction } from '../../core/define-action';
import { evaluationForm } from '../../app/settings';
import { myEvaluationBrief, staffBrief } from '../../app/card-views';
import { windowOnDuty } from '../../app/window-duty';

export const windowGet = defineAction({
  name: 'window.get',
  summary: 'A window as its standing QR shows it: department, staff on duty, supervision phone.',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const window = await store.org.windowById(input.windowId);
    if (!window) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口，请核对二维码');
    const hash = subjectHash(config.identityPepper, ctx.caller.principal.subject);
    const [department, onDuty, mine, form] = await Promise.all([
      store.org.departmentById(window.departmentId),
      windowOnDuty(store, window, ctx.now),
      store.evaluations.bySubjectAndVisit(hash, visitKey({ windowId: window.id }, ctx.now)),
      evaluationForm(store),
    ]);
    return {
      windowId: window.id,
      name: window.name,
      department: { id: window.departmentId, name: department?.name ?? '' },
      supervisionPhone: department?.supervisionPhone ?? '',
      onDuty: onDuty ? staffBrief(onDuty) : null,
      url: windowUrl(config.publicBaseUrl, window.id),
      myEvaluation: myEvaluationBrief(mine, form.amendHours),
    };
  },
});
