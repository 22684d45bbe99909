/** The organisation: reads, the office's edits, the sheet in and out (server/actions/org). */
import { emptyInput } from './common.schema';
import { returns, type Declarations } from './declaration';
import type { ExportOutput } from './export.schema';
import {
  orgImportInput,
  orgListInput,
  orgMattersInput,
  orgSaveDepartmentInput,
  orgSaveMatterInput,
  orgSaveStaffInput,
  orgSaveWindowInput,
  type DepartmentView,
  type MatterView,
  type OrgDepartmentsOutput,
  type OrgImportOutput,
  type OrgListOutput,
  type OrgMattersOutput,
  type OrgStaffDirectoryOutput,
  type StaffOrgView,
  type WindowOrgView,
} from './org.schema';

export const orgApi = {
  'org.list': { input: orgListInput, output: returns<OrgListOutput>(), access: ['admin'] },
  'org.matters': { input: orgMattersInput, output: returns<OrgMattersOutput>(), access: ['staff', 'admin'] },
  'org.departments': { input: emptyInput, output: returns<OrgDepartmentsOutput>(), access: 'identified' },
  'org.staffDirectory': { input: emptyInput, output: returns<OrgStaffDirectoryOutput>(), access: ['staff', 'admin'] },
  'org.saveDepartment': { input: orgSaveDepartmentInput, output: returns<DepartmentView>(), access: ['admin'] },
  'org.saveWindow': { input: orgSaveWindowInput, output: returns<WindowOrgView>(), access: ['admin'] },
  'org.saveStaff': { input: orgSaveStaffInput, output: returns<StaffOrgView>(), access: ['admin'] },
  'org.saveMatter': { input: orgSaveMatterInput, output: returns<MatterView>(), access: ['admin'] },
  'org.import': { input: orgImportInput, output: returns<OrgImportOutput>(), access: ['admin'] },
  'export.org': { input: emptyInput, output: returns<ExportOutput>(), access: ['admin'] },
} as const satisfies Declarations;
