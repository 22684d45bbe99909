/** The office's audit trail (server/actions/audit). */
import { auditListInput, type AuditListOutput } from './audit.schema';
import { returns, type Declarations } from './declaration';

export const auditApi = {
  'audit.list': { input: auditListInput, output: returns<AuditListOutput>(), access: ['admin'] },
} as const satisfies Declarations;
