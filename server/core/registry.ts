/**
 * Every client action, in one registry that both hosts dispatch: whatever the action modules
 * export from defineAction. Each action the contract declares (server/contract/actions.ts) is
 * implemented exactly once, or this does not compile (or, failing that, load).
 *
 * A new action in an existing module needs nothing here; a new module is imported below.
 */
import { ACTIONS, type ActionName } from '../contract/actions';
import * as accountability from '../actions/accountability/accountability.actions';
import * as assessmentExport from '../actions/assessment/assessment-export.actions';
import * as assessmentImport from '../actions/assessment/assessment-import.actions';
import * as assessment from '../actions/assessment/assessment.actions';
import * as audit from '../actions/audit/audit.actions';
import * as auth from '../actions/auth/auth.actions';
import * as bindCode from '../actions/auth/bind-code.actions';
import * as staffLogin from '../actions/auth/staff-login.actions';
import * as card from '../actions/card/card.actions';
import * as cardLifecycle from '../actions/card/card.lifecycle.actions';
import * as cardSettings from '../actions/card/card.settings.actions';
import * as complaintResident from '../actions/complaint/complaint.resident.actions';
import * as complaintStaff from '../actions/complaint/complaint.staff.actions';
import * as complaintSupervision from '../actions/complaint/complaint.supervision.actions';
import * as devLogin from '../actions/dev/dev-login.actions';
import * as devTime from '../actions/dev/dev-time.actions';
import * as evaluation from '../actions/evaluation/evaluation.actions';
import * as exportFiles from '../actions/export/export.actions';
import * as appeal from '../actions/followup/appeal.actions';
import * as followup from '../actions/followup/followup.actions';
import * as message from '../actions/message/message.actions';
import * as notifyTemplates from '../actions/message/notify-templates.actions';
import * as moderation from '../actions/moderation/moderation.actions';
import * as orgAdmin from '../actions/org/org-admin.actions';
import * as orgSheet from '../actions/org/org-sheet.actions';
import * as org from '../actions/org/org.actions';
import * as qr from '../actions/qr/qr.actions';
import * as rectification from '../actions/rectification/rectification.actions';
import * as report from '../actions/stats/report.actions';
import * as stats from '../actions/stats/stats.actions';
import * as windows from '../actions/window/window.actions';
import { isActionDef, type ActionDef } from './define-action';

const MODULES = [
  accountability,
  assessment,
  assessmentExport,
  assessmentImport,
  audit,
  auth,
  bindCode,
  staffLogin,
  card,
  cardLifecycle,
  cardSettings,
  complaintResident,
  complaintStaff,
  complaintSupervision,
  devLogin,
  devTime,
  evaluation,
  exportFiles,
  appeal,
  followup,
  message,
  notifyTemplates,
  moderation,
  org,
  orgAdmin,
  orgSheet,
  qr,
  rectification,
  report,
  stats,
  windows,
] as const;

/** The names a module implements (its exports made by defineAction). */
type NamesIn<M> = M extends unknown
  ? { [K in keyof M]: M[K] extends ActionDef & { name: infer N } ? N : never }[keyof M]
  : never;
type Implemented = NamesIn<(typeof MODULES)[number]>;
type Implements<T extends never> = T;
/** Does not compile, naming the action, while a declared action has no implementation. */
export type EveryActionImplemented = Implements<Exclude<ActionName, Implemented>>;

export const ALL_ACTIONS: readonly ActionDef[] = MODULES.flatMap((m) => Object.values(m).filter(isActionDef));

// What the types cannot see: an action implemented twice (or a stray module), at load.
const implemented = new Set<string>();
for (const a of ALL_ACTIONS) {
  if (implemented.has(a.name)) throw new Error(`action ${a.name} is implemented twice`);
  implemented.add(a.name);
}
const missing = Object.keys(ACTIONS).filter((name) => !implemented.has(name));
if (missing.length > 0) throw new Error(`declared but not implemented: ${missing.join(', ')}`);
