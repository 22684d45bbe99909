import type { EvaluationForm } from '../contract/evaluation.schema';
import { DEFAULT_FORM } from '../domain/evaluation.rules';
import type { Store } from '../ports/store';

export const EVALUATION_FORM_KEY = 'evaluation.form';

/** The organisation's evaluation form (dimensions and tags are configurable), else the seed's. */
export async function evaluationForm(store: Store): Promise<EvaluationForm> {
  const custom = await store.settings.get<Partial<EvaluationForm>>(EVALUATION_FORM_KEY);
  return custom ? { ...DEFAULT_FORM, ...custom, levels: DEFAULT_FORM.levels } : DEFAULT_FORM;
}
