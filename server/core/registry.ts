/** Every client action, in one registry that both hosts dispatch. */
import { assessmentCompute, assessmentScore } from '../actions/assessment/assessment.actions';
import { authGuest, authMe, authWxLogin } from '../actions/auth/auth.actions';
import { authSetPassword, authStaffLogin } from '../actions/auth/staff-login.actions';
import { moderationList, moderationResolve } from '../actions/moderation/moderation.actions';
import { authBind, orgBindCode } from '../actions/auth/bind-code.actions';
import { cardGet, cardIssue, cardMine } from '../actions/card/card.actions';
import {
  complaintForm,
  complaintGet,
  complaintMine,
  complaintRate,
  complaintRequestReview,
  complaintSubmit,
} from '../actions/complaint/complaint.resident.actions';
import {
  complaintAskStatement,
  complaintGiveStatement,
  complaintInbox,
  complaintReject,
  complaintReply,
  complaintRevealPhone,
  complaintTransfer,
} from '../actions/complaint/complaint.staff.actions';
import type { ActionDef } from './define-action';
import { devIdentities, devLogin } from '../actions/dev/dev-login.actions';
import {
  evaluationAmend,
  evaluationFormGet,
  evaluationMine,
  evaluationSubmit,
} from '../actions/evaluation/evaluation.actions';
import { messageList } from '../actions/message/message.actions';
import { notifyTemplates } from '../actions/message/notify-templates.actions';
import { devClock, sweepRun } from '../actions/dev/dev-time.actions';
import { orgDepartments, orgList, orgMatters, orgStaffDirectory } from '../actions/org/org.actions';
import { qrGet, qrRuleGet, qrRuleSet } from '../actions/qr/qr.actions';
import {
  rectificationCreate,
  rectificationGet,
  rectificationList,
  rectificationReport,
  rectificationVerify,
} from '../actions/rectification/rectification.actions';
import { accountabilityList, accountabilityRecord } from '../actions/accountability/accountability.actions';
import { auditList } from '../actions/audit/audit.actions';
import { exportAssessment } from '../actions/assessment/assessment-export.actions';
import { assessmentImport } from '../actions/assessment/assessment-import.actions';
import { orgSaveDepartment, orgSaveMatter, orgSaveStaff, orgSaveWindow } from '../actions/org/org-admin.actions';
import { exportOrg, orgImport } from '../actions/org/org-sheet.actions';
import { exportReport, statsReport } from '../actions/stats/report.actions';
import { exportComplaints, exportEvaluations, exportRankings, exportStatus } from '../actions/export/export.actions';
import {
  statsComments,
  statsOverview,
  statsPublic,
  statsPublish,
  statsRankings,
  statsTrend,
} from '../actions/stats/stats.actions';
import { windowGet } from '../actions/window/window.actions';

export const ALL_ACTIONS: readonly ActionDef[] = [
  auditList,
  authGuest,
  authWxLogin,
  authSetPassword,
  authStaffLogin,
  moderationList,
  moderationResolve,
  authMe,
  devLogin,
  devIdentities,
  cardIssue,
  cardGet,
  cardMine,
  windowGet,
  qrGet,
  qrRuleGet,
  qrRuleSet,
  evaluationFormGet,
  evaluationSubmit,
  evaluationAmend,
  evaluationMine,
  orgList,
  orgMatters,
  orgDepartments,
  orgStaffDirectory,
  complaintForm,
  complaintSubmit,
  complaintMine,
  complaintGet,
  complaintRate,
  complaintInbox,
  complaintReply,
  complaintTransfer,
  complaintReject,
  complaintRevealPhone,
  complaintRequestReview,
  complaintAskStatement,
  complaintGiveStatement,
  messageList,
  notifyTemplates,
  devClock,
  sweepRun,
  statsOverview,
  statsRankings,
  statsTrend,
  statsComments,
  exportEvaluations,
  exportComplaints,
  exportRankings,
  exportStatus,
  rectificationCreate,
  rectificationList,
  rectificationGet,
  rectificationReport,
  rectificationVerify,
  accountabilityRecord,
  accountabilityList,
  exportAssessment,
  assessmentImport,
  orgSaveDepartment,
  orgSaveWindow,
  orgSaveStaff,
  orgSaveMatter,
  orgImport,
  exportOrg,
  statsReport,
  exportReport,
  statsPublic,
  statsPublish,
  orgBindCode,
  authBind,
  assessmentScore,
  assessmentCompute,
];
