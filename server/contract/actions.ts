/**
 * Every client action's input and output types, by action name. The client's services layer
 * imports these as types only (nothing of zod reaches the mini program bundle).
 */
import type { AuthGuestOutput, AuthMeOutput, DevIdentitiesOutput, DevLoginInput, DevLoginOutput } from './auth.schema';
import type { CardGetInput, CardIssueInput, CardIssueOutput, CardMineOutput, CardView } from './card.schema';
import type {
  EvaluationAmendInput,
  EvaluationAmendOutput,
  EvaluationForm,
  EvaluationMineOutput,
  EvaluationSubmitInput,
  EvaluationSubmitOutput,
} from './evaluation.schema';
import type { OrgListOutput, OrgMattersOutput } from './org.schema';
import type { QrGetInput, QrGetOutput } from './qr.schema';
import type { WindowGetInput, WindowView } from './window.schema';

type Empty = Record<string, never>;

export interface ActionMap {
  'auth.guest': { input: Empty; output: AuthGuestOutput };
  'auth.me': { input: Empty; output: AuthMeOutput };
  'dev.login': { input: DevLoginInput; output: DevLoginOutput };
  'dev.identities': { input: Empty; output: DevIdentitiesOutput };
  'card.issue': { input: CardIssueInput; output: CardIssueOutput };
  'card.get': { input: CardGetInput; output: CardView };
  'card.mine': { input: { limit?: number; before?: string }; output: CardMineOutput };
  'window.get': { input: WindowGetInput; output: WindowView };
  'qr.get': { input: QrGetInput; output: QrGetOutput };
  'evaluation.form': { input: Empty; output: EvaluationForm };
  'evaluation.submit': { input: EvaluationSubmitInput; output: EvaluationSubmitOutput };
  'evaluation.amend': { input: EvaluationAmendInput; output: EvaluationAmendOutput };
  'evaluation.mine': { input: { limit?: number }; output: EvaluationMineOutput };
  'org.list': { input: Empty; output: OrgListOutput };
  'org.matters': { input: Empty; output: OrgMattersOutput };
}
export type ActionName = keyof ActionMap;
