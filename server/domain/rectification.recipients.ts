/**
 * Who is told what about a rectification item (整改): the one rule rectification.create, report,
 * verify and the sweep share. It reads like complaint.recipients.ts and keeps its protection
 * (DOMAIN.md §5) for an item opened from a complaint:
 * - its owner is whom the office named (or the department, which its head answers for): the
 *   office's choice, made knowing the case, even when that is the person complained about — they
 *   are told as owner, of the item the office wrote, and of nothing about the complaint;
 * - whoever checks or supervises the item (the office verifying it, the head and the office
 *   chasing it when overdue) never includes the person complained about, as with a case.
 */
import type { NoticeKind } from './complaint.entities';
import type { Rectification } from './rectification.entities';
import { officeHandlers, type CaseOrg } from './complaint.recipients';

/** The item as the rule reads it: its owner, and whom its source complaint is about (null without one). */
export type RectItem = Pick<Rectification, 'ownerStaffId' | 'ownerDepartmentId'> & { aboutStaffId: string | null };

/** Told as the one who answers for the item, or as one who checks or supervises it. */
export type RectRole = 'owner' | 'supervisor';

export interface RectRecipient {
  staffId: string;
  role: RectRole;
}

/** Who answers for the item: the named owner, else the department's head (none without one). */
export function rectOwners(org: CaseOrg, r: Pick<RectItem, 'ownerStaffId' | 'ownerDepartmentId'>): string[] {
  const id = r.ownerStaffId ?? org.departments.get(r.ownerDepartmentId)?.headStaffId ?? null;
  return id ? [id] : [];
}

/** The office's members who verify the item: never the person its source complaint is about. */
const verifiers = (org: CaseOrg, r: RectItem) => officeHandlers(org, { staffId: r.aboutStaffId }).map((s) => s.id);

/** The staff told of a rectification notice, each once, the owner first. */
export function rectStaffToTell(kind: NoticeKind, org: CaseOrg, r: RectItem): RectRecipient[] {
  const owners = rectOwners(org, r);
  const asOwner = owners.map((staffId): RectRecipient => ({ staffId, role: 'owner' }));
  const asSupervisor = (ids: (string | null | undefined)[]) =>
    [...new Set(ids)]
      .filter((id): id is string => !!id && id !== r.aboutStaffId && !owners.includes(id))
      .map((staffId): RectRecipient => ({ staffId, role: 'supervisor' }));
  switch (kind) {
    case 'rect.assigned':
    case 'rect.dueDay':
    case 'rect.returned':
    case 'rect.verified':
      return asOwner;
    // Handed in: the office is to verify it (an admin who owns it is told too: they may verify it).
    case 'rect.submitted':
      return verifiers(org, r).map((staffId) => ({ staffId, role: 'supervisor' }));
    // Overdue: the owner, and those who supervise them — the department's head and the office —
    // as a case's escalation goes (complaint.recipients.ts, case.escalated).
    case 'rect.overdue':
      return [
        ...asOwner,
        ...asSupervisor([org.departments.get(r.ownerDepartmentId)?.headStaffId, ...verifiers(org, r)]),
      ];
    default:
      return [];
  }
}
