import type { ComplaintForm } from '../../server/contract/complaint.schema';
import { call } from './call';

/** What a complaint is about: one of the four ways in. */
export type ComplaintTarget =
  { cardId: string } | { windowId: string } | { departmentId: string } | { evaluationId: string };

let form: Promise<ComplaintForm> | null = null;

/** Categories and limits; they rarely change, so they are fetched once. */
export function getComplaintForm(): Promise<ComplaintForm> {
  if (!form) {
    form = call('complaint.form', {});
    form.catch(() => {
      form = null;
    });
  }
  return form;
}
