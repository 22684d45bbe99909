/** 服务评议 (server/actions/evaluation). */
import { returns, type Declarations } from './declaration';
import {
  evaluationAmendInput,
  evaluationFormInput,
  evaluationMineInput,
  evaluationSubmitInput,
  type EvaluationAmendOutput,
  type EvaluationForm,
  type EvaluationMineOutput,
  type EvaluationSubmitOutput,
} from './evaluation.schema';

export const evaluationApi = {
  'evaluation.form': { input: evaluationFormInput, output: returns<EvaluationForm>(), access: 'identified' },
  'evaluation.submit': {
    input: evaluationSubmitInput,
    output: returns<EvaluationSubmitOutput>(),
    access: 'identified',
  },
  'evaluation.amend': { input: evaluationAmendInput, output: returns<EvaluationAmendOutput>(), access: 'identified' },
  'evaluation.mine': { input: evaluationMineInput, output: returns<EvaluationMineOutput>(), access: 'identified' },
} as const satisfies Declarations;
