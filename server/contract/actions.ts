/**
 * Every client action's input and output types, by action name. The client's services layer
 * imports these as types only (nothing of zod reaches the mini program bundle).
 */
import type {
  AuthBindInput,
  AuthBindOutput,
  AuthGuestOutput,
  AuthMeOutput,
  AuthSetPasswordInput,
  AuthSetPasswordOutput,
  AuthStaffLoginInput,
  AuthStaffLoginOutput,
  AuthWxLoginInput,
  AuthWxLoginOutput,
  BindCodeIssueInput,
  BindCodeIssueOutput,
  DevIdentitiesOutput,
  DevKeyInput,
  DevLoginInput,
  DevLoginOutput,
} from './auth.schema';
import type { CardGetInput, CardIssueInput, CardIssueOutput, CardMineOutput, CardView } from './card.schema';
import type { EmptyInput } from './common.schema';
import type { ModerationListOutput, ModerationResolveInput } from './moderation.schema';
import type {
  EvaluationAmendInput,
  EvaluationAmendOutput,
  EvaluationForm,
  EvaluationMineOutput,
  EvaluationSubmitInput,
  EvaluationSubmitOutput,
} from './evaluation.schema';
import type {
  ComplaintChangeOutput,
  ComplaintDetail,
  ComplaintForm,
  ComplaintGetInput,
  ComplaintInboxInput,
  ComplaintInboxOutput,
  ComplaintListOutput,
  ComplaintRateInput,
  ComplaintRejectInput,
  ComplaintRequestReviewInput,
  ComplaintAskStatementInput,
  ComplaintGiveStatementInput,
  ComplaintReplyInput,
  ComplaintRevealOutput,
  ComplaintSubmitInput,
  ComplaintSubmitOutput,
  ComplaintTransferInput,
} from './complaint.schema';
import type {
  DevClockInput,
  DevClockOutput,
  MessageListInput,
  MessageListOutput,
  NotifyTemplatesOutput,
  SweepRunOutput,
} from './message.schema';
import type { OrgDepartmentsOutput, OrgListOutput, OrgMattersOutput, OrgStaffDirectoryOutput } from './org.schema';
import type { QrGetInput, QrGetOutput, QrRuleInput, QrRuleOutput } from './qr.schema';
import type {
  AssessmentComputeInput,
  AssessmentComputeOutput,
  AssessmentImportInput,
  AssessmentImportOutput,
  AssessmentScoreInput,
} from './assessment.schema';
import type {
  PublicResultsInput,
  StatsOverviewInput,
  StatsOverviewOutput,
  StatsPublicInput,
  StatsPublicOutput,
  StatsRankingsInput,
  StatsRankingsOutput,
  StatsCommentsInput,
  StatsCommentsOutput,
  StatsReportInput,
  StatsReportOutput,
  StatsTrendInput,
  StatsTrendOutput,
} from './stats.schema';
import type {
  RectificationCreateInput,
  RectificationDetail,
  RectificationGetInput,
  RectificationListInput,
  RectificationListOutput,
  RectificationReportInput,
  RectificationVerifyInput,
} from './rectification.schema';
import type { AuditListInput, AuditListOutput } from './audit.schema';
import type {
  AccountabilityListInput,
  AccountabilityListOutput,
  AccountabilityRecordInput,
  AccountabilityView,
} from './accountability.schema';
import type {
  DepartmentView,
  MatterView,
  OrgImportInput,
  OrgImportOutput,
  OrgSaveDepartmentInput,
  OrgSaveMatterInput,
  OrgSaveStaffInput,
  OrgSaveWindowInput,
  StaffOrgView,
  WindowOrgView,
} from './org.schema';
import type { ExportOutput, ExportPeriodInput, ExportRankingsInput, ExportStatusInput } from './export.schema';
import type { WindowGetInput, WindowView } from './window.schema';

type Empty = Record<string, never>;

export interface ActionMap {
  'auth.guest': { input: Empty; output: AuthGuestOutput };
  'auth.me': { input: Empty; output: AuthMeOutput };
  'auth.wxLogin': { input: AuthWxLoginInput; output: AuthWxLoginOutput };
  'dev.login': { input: DevLoginInput; output: DevLoginOutput };
  'dev.identities': { input: DevKeyInput; output: DevIdentitiesOutput };
  'card.issue': { input: CardIssueInput; output: CardIssueOutput };
  'card.get': { input: CardGetInput; output: CardView };
  'card.mine': { input: { limit?: number; before?: string }; output: CardMineOutput };
  'window.get': { input: WindowGetInput; output: WindowView };
  'qr.get': { input: QrGetInput; output: QrGetOutput };
  'qr.rule': { input: EmptyInput; output: QrRuleOutput };
  'qr.setRule': { input: QrRuleInput; output: QrRuleOutput };
  'evaluation.form': { input: Empty; output: EvaluationForm };
  'evaluation.submit': { input: EvaluationSubmitInput; output: EvaluationSubmitOutput };
  'evaluation.amend': { input: EvaluationAmendInput; output: EvaluationAmendOutput };
  'evaluation.mine': { input: { limit?: number }; output: EvaluationMineOutput };
  'org.list': { input: Empty; output: OrgListOutput };
  'org.matters': { input: Empty; output: OrgMattersOutput };
  'org.departments': { input: Empty; output: OrgDepartmentsOutput };
  'org.staffDirectory': { input: Empty; output: OrgStaffDirectoryOutput };
  'complaint.form': { input: Empty; output: ComplaintForm };
  'complaint.submit': { input: ComplaintSubmitInput; output: ComplaintSubmitOutput };
  'complaint.mine': { input: { limit?: number }; output: ComplaintListOutput };
  'complaint.get': { input: ComplaintGetInput; output: ComplaintDetail };
  'complaint.rate': { input: ComplaintRateInput; output: ComplaintChangeOutput };
  'complaint.inbox': { input: ComplaintInboxInput; output: ComplaintInboxOutput };
  'complaint.reply': { input: ComplaintReplyInput; output: ComplaintChangeOutput };
  'complaint.transfer': { input: ComplaintTransferInput; output: ComplaintChangeOutput };
  'complaint.reject': { input: ComplaintRejectInput; output: ComplaintChangeOutput };
  'complaint.requestReview': { input: ComplaintRequestReviewInput; output: ComplaintChangeOutput };
  'complaint.askStatement': { input: ComplaintAskStatementInput; output: ComplaintChangeOutput };
  'complaint.giveStatement': { input: ComplaintGiveStatementInput; output: ComplaintChangeOutput };
  'complaint.revealPhone': { input: ComplaintGetInput; output: ComplaintRevealOutput };
  'message.list': { input: MessageListInput; output: MessageListOutput };
  'notify.templates': { input: Empty; output: NotifyTemplatesOutput };
  'dev.clock': { input: DevClockInput; output: DevClockOutput };
  'sweep.run': { input: DevKeyInput; output: SweepRunOutput };
  'stats.overview': { input: StatsOverviewInput; output: StatsOverviewOutput };
  'stats.public': { input: StatsPublicInput; output: StatsPublicOutput };
  'stats.rankings': { input: StatsRankingsInput; output: StatsRankingsOutput };
  'stats.trend': { input: StatsTrendInput; output: StatsTrendOutput };
  'export.evaluations': { input: ExportPeriodInput; output: ExportOutput };
  'export.complaints': { input: ExportPeriodInput; output: ExportOutput };
  'export.rankings': { input: ExportRankingsInput; output: ExportOutput };
  'export.status': { input: ExportStatusInput; output: ExportOutput };
  'rectification.create': { input: RectificationCreateInput; output: RectificationDetail };
  'rectification.list': { input: RectificationListInput; output: RectificationListOutput };
  'rectification.get': { input: RectificationGetInput; output: RectificationDetail };
  'rectification.report': { input: RectificationReportInput; output: RectificationDetail };
  'rectification.verify': { input: RectificationVerifyInput; output: RectificationDetail };
  'accountability.record': { input: AccountabilityRecordInput; output: AccountabilityView };
  'accountability.list': { input: AccountabilityListInput; output: AccountabilityListOutput };
  'audit.list': { input: AuditListInput; output: AuditListOutput };
  'export.assessment': { input: AssessmentComputeInput; output: ExportOutput };
  'assessment.import': { input: AssessmentImportInput; output: AssessmentImportOutput };
  'org.saveDepartment': { input: OrgSaveDepartmentInput; output: DepartmentView };
  'org.saveWindow': { input: OrgSaveWindowInput; output: WindowOrgView };
  'org.saveStaff': { input: OrgSaveStaffInput; output: StaffOrgView };
  'org.saveMatter': { input: OrgSaveMatterInput; output: MatterView };
  'org.import': { input: OrgImportInput; output: OrgImportOutput };
  'export.org': { input: EmptyInput; output: ExportOutput };
  'stats.report': { input: StatsReportInput; output: StatsReportOutput };
  'stats.comments': { input: StatsCommentsInput; output: StatsCommentsOutput };
  'export.report': { input: StatsReportInput; output: ExportOutput };
  'stats.publish': { input: PublicResultsInput; output: { enabled: boolean } };
  'org.bindCode': { input: BindCodeIssueInput; output: BindCodeIssueOutput };
  'auth.bind': { input: AuthBindInput; output: AuthBindOutput };
  'auth.setPassword': { input: AuthSetPasswordInput; output: AuthSetPasswordOutput };
  'auth.staffLogin': { input: AuthStaffLoginInput; output: AuthStaffLoginOutput };
  'moderation.list': { input: EmptyInput; output: ModerationListOutput };
  'moderation.resolve': { input: ModerationResolveInput; output: { flagId: string } };
  'assessment.score': {
    input: AssessmentScoreInput;
    output: { year: number; staffId: string; peer: number | null; head: number | null; self: number | null };
  };
  'assessment.compute': { input: AssessmentComputeInput; output: AssessmentComputeOutput };
}
export type ActionName = keyof ActionMap;
