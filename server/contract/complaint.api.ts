/** 投诉: the complainant's side and the handler's (server/actions/complaint). */
import { emptyInput } from './common.schema';
import {
  complaintAskStatementInput,
  complaintGetInput,
  complaintGiveStatementInput,
  complaintInboxInput,
  complaintMineInput,
  complaintRateInput,
  complaintRejectInput,
  complaintReplyInput,
  complaintRequestReviewInput,
  complaintSubmitInput,
  complaintTransferInput,
  complaintRequestExtensionInput,
  complaintDecideExtensionInput,
  complaintSuperviseReplyInput,
  complaintSetLadderInput,
  type ComplaintLadderOutput,
  type ComplaintChangeOutput,
  type ComplaintDetail,
  type ComplaintForm,
  type ComplaintInboxOutput,
  type ComplaintListOutput,
  type ComplaintRevealOutput,
  type ComplaintSubmitOutput,
} from './complaint.schema';
import { returns, type Declarations } from './declaration';

export const complaintApi = {
  // The complainant (any identified caller; only their own complaints).
  'complaint.form': { input: emptyInput, output: returns<ComplaintForm>(), access: 'identified' },
  'complaint.submit': { input: complaintSubmitInput, output: returns<ComplaintSubmitOutput>(), access: 'identified' },
  'complaint.mine': { input: complaintMineInput, output: returns<ComplaintListOutput>(), access: 'identified' },
  'complaint.get': { input: complaintGetInput, output: returns<ComplaintDetail>(), access: 'identified' },
  'complaint.rate': { input: complaintRateInput, output: returns<ComplaintChangeOutput>(), access: 'identified' },
  'complaint.requestReview': {
    input: complaintRequestReviewInput,
    output: returns<ComplaintChangeOutput>(),
    access: 'identified',
  },
  // The handlers.
  'complaint.inbox': {
    input: complaintInboxInput,
    output: returns<ComplaintInboxOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.reply': {
    input: complaintReplyInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.transfer': {
    input: complaintTransferInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.reject': {
    input: complaintRejectInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.revealPhone': {
    input: complaintGetInput,
    output: returns<ComplaintRevealOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.askStatement': {
    input: complaintAskStatementInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.giveStatement': {
    input: complaintGiveStatementInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  // 延期 and 督办: the handler asks, the supervisor decides and answers the 督办单; the office sets the ladder.
  'complaint.requestExtension': {
    input: complaintRequestExtensionInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.decideExtension': {
    input: complaintDecideExtensionInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.superviseReply': {
    input: complaintSuperviseReplyInput,
    output: returns<ComplaintChangeOutput>(),
    access: ['staff', 'admin'],
  },
  'complaint.ladder': { input: emptyInput, output: returns<ComplaintLadderOutput>(), access: ['staff', 'admin'] },
  'complaint.setLadder': {
    input: complaintSetLadderInput,
    output: returns<ComplaintLadderOutput>(),
    access: ['admin'],
  },
} as const satisfies Declarations;
