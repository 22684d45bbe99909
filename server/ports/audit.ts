/**
 * The office's audit trail: who changed what, when, with the state before and after. Append-only
 * by construction — the port has no update or delete, the SQL table refuses both (a trigger) —
 * and never purged by the product: kept well beyond the 6 months 网络安全法 §21 asks for logs.
 */
import type { AUDIT_KINDS } from '../contract/audit.schema';

export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEntry {
  /** Deterministic from the request (see app/audit-trail.ts): a retried command appends once. */
  id: string;
  at: Date;
  /** The staff member who acted; null when a resident did (a review request) or nobody signed in. */
  actorStaffId: string | null;
  /** The actor's name at the time (a later rename does not rewrite history); 群众 for a resident. */
  actorName: string;
  kind: AuditKind;
  /** What it is about, e.g. `staff:STAFF00001`, `complaint:TS261124-7KQ2`, `setting:qr.rule`. */
  target: string;
  /** One line in Chinese for the office's page. */
  summary: string;
  /** The record before and after (personal data such as an OPENID or a phone number left out). */
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  /** [from, to): instants. */
  from?: Date;
  to?: Date;
  actorStaffId?: string;
  kind?: AuditKind;
}

export interface AuditCursor {
  at: Date;
  id: string;
}

export interface AuditStore {
  /** Idempotent on id: appending an entry that exists changes nothing. */
  append(e: AuditEntry): Promise<void>;
  /** Newest first, `limit` at a time; `next` continues after the last row, null at the end. */
  list(
    q: AuditQuery,
    after: AuditCursor | null,
    limit: number,
  ): Promise<{ rows: AuditEntry[]; next: AuditCursor | null }>;
}
