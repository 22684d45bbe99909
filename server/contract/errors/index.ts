/** Every error the API answers with, joined from the aggregates' catalogues (see define.ts). */
import { AUTH_ERRORS } from './auth.errors';
import { CARD_ERRORS } from './card.errors';
import { COMPLAINT_ERRORS } from './complaint.errors';
import { EVALUATION_ERRORS } from './evaluation.errors';
import { FOLLOWUP_ERRORS } from './followup.errors';
import { OFFICE_ERRORS } from './office.errors';
import { ORG_ERRORS } from './org.errors';
import { REQUEST_ERRORS } from './request.errors';

export const ERRORS = {
  ...REQUEST_ERRORS,
  ...AUTH_ERRORS,
  ...ORG_ERRORS,
  ...EVALUATION_ERRORS,
  ...CARD_ERRORS,
  ...COMPLAINT_ERRORS,
  ...FOLLOWUP_ERRORS,
  ...OFFICE_ERRORS,
};
export type ErrorCatalogue = typeof ERRORS;
export type ErrorCode = keyof ErrorCatalogue;
/** The arguments a code's message takes (none for a fixed message). */
export type ErrorArgs<C extends ErrorCode> = ErrorCatalogue[C]['message'] extends (...args: infer A) => string ? A : [];
