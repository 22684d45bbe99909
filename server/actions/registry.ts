/** Every client action, in one registry that both hosts dispatch. */
import { assessmentCompute, assessmentScore } from './assessment.actions';
import { authGuest, authMe, authWxLogin } from './auth.actions';
import { authSetPassword, authStaffLogin } from './staff-login.actions';
import { moderationList, moderationResolve } from './moderation.actions';
import { authBind, bindCodeIssue } from './bind.actions';
import { cardGet, cardIssue, cardMine } from './card.actions';
import { complaintForm, complaintGet, complaintMine, complaintRate, complaintRequestReview, complaintSubmit } from './complaint.actions';
import {
  complaintAskStatement, complaintGiveStatement, complaintInbox, complaintReject, complaintReply, complaintRevealPhone, complaintTransfer,
} from './complaint-staff.actions';
import type { ActionDef } from './define';
import { devIdentities, devLogin } from './dev.actions';
import { evaluationAmend, evaluationForm_, evaluationMine, evaluationSubmit } from './evaluation.actions';
import { devClock, messageList, notifyTemplates, sweepRun } from './message.actions';
import { orgDepartments, orgList, orgMatters, orgStaffDirectory } from './org.actions';
import { qrGet, qrRuleGet, qrRuleSet } from './qr.actions';
import { rectificationCreate, rectificationGet, rectificationList, rectificationReport, rectificationVerify } from './rectification.actions';
import { accountabilityList, accountabilityRecord } from './accountability.actions';
import { auditList } from './audit.actions';
import { exportAssessment } from './export-assessment.actions';
import { assessmentImport } from './assessment-import.actions';
import { orgSaveDepartment, orgSaveMatter, orgSaveStaff, orgSaveWindow } from './org-admin.actions';
import { exportOrg, orgImport } from './org-sheet.actions';
import { exportReport, statsReport } from './report.actions';
import { exportComplaints, exportEvaluations, exportRankings, exportStatus } from './export.actions';
import { statsComments, statsOverview, statsPublic, statsPublicSwitch, statsRankings, statsTrend } from './stats.actions';
import { windowGet } from './window.actions';

export const ALL_ACTIONS: readonly ActionDef<any>[] = [
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
  evaluationForm_,
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
  statsPublicSwitch,
  bindCodeIssue,
  authBind,
  assessmentScore,
  assessmentCompute,
];
