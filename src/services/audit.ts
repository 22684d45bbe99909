/** The office's audit trail (admins only). */
import type { AuditListInput } from '../../server/contract/audit.schema';
import { call } from './call';

export const auditList = (input: AuditListInput) => call('audit.list', input);
