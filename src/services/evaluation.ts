import type { EvaluationForm } from '../../server/contract/evaluation.schema';
import { call } from './call';

/** What is evaluated: a card, or a window (its standing QR). */
export type EvaluationTarget = { cardId: string } | { windowId: string };

let form: Promise<EvaluationForm> | null = null;

/** The organisation's form (dimensions, tags); it rarely changes, so it is fetched once. */
export function getEvaluationForm(): Promise<EvaluationForm> {
  if (!form) {
    form = call('evaluation.form', {});
    form.catch(() => {
      form = null;
    });
  }
  return form;
}
