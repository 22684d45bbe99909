/** The 办事监督卡 as issued: the matter, the promise, who issued it, when it is due. */
import type { MatterType } from '../contract/card.schema';

export interface Card {
  id: string;
  matter: string;
  matterType: MatterType;
  matterId: string | null;
  promisedDays: number;
  dayKind: 'working' | 'natural';
  notes: string;
  supervisionPhone: string;
  staffId: string;
  departmentId: string;
  windowId: string | null;
  issuedAt: Date;
  dueAt: Date;
  /** Idempotency: (staffId, requestId) is unique; requestHash detects a reused key. */
  requestId: string;
  requestHash: string;
}
