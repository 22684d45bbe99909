import type {
  EvaluationAmendInput,
  EvaluationAmendOutput,
  EvaluationForm,
  EvaluationMineOutput,
  EvaluationSubmitOutput,
} from '../../server/contract/evaluation.schema';
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

/** The one tap: a level for the target. */
export function submitEvaluation(
  target: EvaluationTarget,
  level: number,
  requestId: string,
): Promise<EvaluationSubmitOutput> {
  return call('evaluation.submit', { ...target, level }, requestId);
}

/** Details (or a changed level) added to one's own evaluation while it is amendable. */
export function amendEvaluation(input: EvaluationAmendInput, requestId: string): Promise<EvaluationAmendOutput> {
  return call('evaluation.amend', input, requestId);
}

export function myEvaluations(limit = 20): Promise<EvaluationMineOutput> {
  return call('evaluation.mine', { limit });
}
