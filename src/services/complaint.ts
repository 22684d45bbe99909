import type {
  ComplaintDetail,
  ComplaintForm,
  ComplaintInboxOutput,
  ComplaintListOutput,
  ComplaintSubmitInput,
  ComplaintSubmitOutput,
  InboxTab,
} from '../../server/contract/complaint.schema';
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

export const submitComplaint = (input: ComplaintSubmitInput, requestId: string): Promise<ComplaintSubmitOutput> =>
  call('complaint.submit', input, requestId);
export const myComplaints = (): Promise<ComplaintListOutput> => call('complaint.mine', { limit: 50 });
export const getComplaint = (complaintId: string): Promise<ComplaintDetail> => call('complaint.get', { complaintId });
export const rateReply = (
  complaintId: string,
  rating: 'satisfied' | 'basic' | 'unsatisfied',
  comment: string,
  requestId: string,
) => call('complaint.rate', { complaintId, rating, ...(comment ? { comment } : {}) }, requestId);

export const inbox = (tab: InboxTab, cursor?: string): Promise<ComplaintInboxOutput> =>
  call('complaint.inbox', cursor ? { tab, cursor } : { tab });
export const replyTo = (complaintId: string, content: string, requestId: string) =>
  call('complaint.reply', { complaintId, content }, requestId);
export const transfer = (complaintId: string, toStaffId: string, reason: string, requestId: string) =>
  call('complaint.transfer', { complaintId, toStaffId, reason }, requestId);
export const reject = (complaintId: string, reason: string, requestId: string) =>
  call('complaint.reject', { complaintId, reason }, requestId);
export const revealPhone = (complaintId: string) => call('complaint.revealPhone', { complaintId });
/** The handler asks the person complained about for a statement; they give it. */
export const askStatement = (complaintId: string, requestId: string) =>
  call('complaint.askStatement', { complaintId }, requestId);
export const giveStatement = (complaintId: string, content: string, requestId: string) =>
  call('complaint.giveStatement', { complaintId, content }, requestId);
/** The complainant contests a decline, once, within 15 days: the office reviews it. */
export const requestReview = (complaintId: string, reason: string, requestId: string) =>
  call('complaint.requestReview', { complaintId, reason }, requestId);
