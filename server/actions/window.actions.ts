import { windowGetInput } from '../contract/window.schema';
import { windowUrl } from '../domain/card.rules';
import { onDutyStaff } from '../domain/duty';
import { visitKey } from '../domain/evaluation.rules';
import { shanghaiDate } from '../domain/shanghai-time';
import { errors } from '../errors';
import { subjectHash } from '../identity';
import type { Staff, Store, Window } from '../ports/store';
import { callerOf, defineAction } from './define';
import { evaluationForm } from './settings';
import { myEvaluationBrief, staffBrief } from './views';

/** The staff on duty at a window at `now`: the A post, or the B backup while A is away. */
export async function windowOnDuty(store: Store, window: Window, now: Date): Promise<Staff | null> {
  const ids = [window.aStaffId, window.bStaffId].filter((x): x is string => Boolean(x));
  const people = await Promise.all(ids.map((id) => store.org.staffById(id)));
  const byId = new Map(people.filter((p): p is Staff => Boolean(p)).map((p) => [p.id, p]));
  return onDutyStaff(window, (id) => byId.get(id), shanghaiDate(now));
}

export const windowGet = defineAction({
  name: 'window.get',
  summary: 'A window as its standing QR shows it: department, staff on duty, supervision phone.',
  input: windowGetInput,
  access: 'identified',
  async handler(input, ctx) {
    const { store, config } = ctx.deps;
    const window = await store.org.windowById(input.windowId);
    if (!window) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口，请核对二维码');
    const hash = subjectHash(config.identityPepper, callerOf(ctx).principal.subject);
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
