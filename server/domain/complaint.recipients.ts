/**
 * Who is told what about a case: the one rule the actions, the sweep and the dispatcher share.
 * Its first clause is the evaluator's protection (DOMAIN.md §5): the person a complaint is about
 * is never told of it — not as handler, supervisor, office member or stand-in — except when the
 * handler asks them for a statement, which tells them what was said and nothing of who said it.
 */
import type { Complaint, NoticeKind, Recipient } from './complaint.entities';
import type { Department, Staff } from './org.entities';

/** The organisation as the rule reads it (app/complaint-views' OrgIndex is one). */
export interface CaseOrg {
  staff: ReadonlyMap<string, Staff>;
  departments: ReadonlyMap<string, Department>;
}

/** The office's members who may handle a case in its queue: never the person it is about, nor `exclude` while another can. */
export function officeHandlers(org: CaseOrg, c: Pick<Complaint, 'staffId'>, exclude: string | null = null): Staff[] {
  const admins = [...org.staff.values()].filter((s) => s.role === 'admin' && s.id !== c.staffId);
  const others = admins.filter((s) => s.id !== exclude);
  return others.length ? others : admins;
}

/** Who must act on the case now: its assignee, or the office queue (less `exclude`, see officeHandlers). */
export function handlersOf(
  org: CaseOrg,
  c: Pick<Complaint, 'staffId' | 'assigneeStaffId'>,
  exclude: string | null = null,
): string[] {
  return c.assigneeStaffId ? [c.assigneeStaffId] : officeHandlers(org, c, exclude).map((s) => s.id);
}

/** The complainant: in-app always, pushed in WeChat through their sealed OPENID while the case is open. */
export const complainantOf = (c: Pick<Complaint, 'subjectHash' | 'notifyOpenid'>): Recipient =>
  c.notifyOpenid ? { subjectHash: c.subjectHash, sealedOpenid: c.notifyOpenid } : { subjectHash: c.subjectHash };

/**
 * The staff told of a case notice. `exclude` keeps an office member off a reopened case (the
 * admin whose reply or decline the resident contests) while another admin can take it.
 */
export function staffToTell(kind: NoticeKind, org: CaseOrg, c: Complaint, exclude: string | null = null): string[] {
  const ids = (() => {
    switch (kind) {
      case 'case.new':
      case 'case.transferred':
      case 'case.reopened':
      case 'case.remind':
      case 'case.dueDay':
        return handlersOf(org, c, exclude);
      // Past the deadline the handler is told; the queue's own lateness goes to the supervisors.
      case 'case.overdue':
        return c.assigneeStaffId ? [c.assigneeStaffId] : [];
      // Those who supervise the handler: the department's head and the office, never the handler.
      case 'case.escalated':
        return [org.departments.get(c.departmentId)?.headStaffId, ...officeHandlers(org, c).map((s) => s.id)].filter(
          (id): id is string => !!id && id !== c.assigneeStaffId,
        );
      case 'case.statement':
        return c.staffId ? [c.staffId] : [];
      // 通报: the office, which keeps the 评议报告 and decides on 责任追究.
      case 'case.reported':
        return officeHandlers(org, c).map((s) => s.id);
      // A 延期 request goes to whoever supervises the handler: the head when someone else handles, else the office.
      case 'case.extension': {
        const head = org.departments.get(c.departmentId)?.headStaffId;
        if (c.assigneeStaffId && head && head !== c.assigneeStaffId) return [head];
        return officeHandlers(org, c, c.assigneeStaffId)
          .map((s) => s.id)
          .filter((id) => id !== c.assigneeStaffId);
      }
      case 'case.extensionDecided':
        return handlersOf(org, c);
      default:
        return [];
    }
  })();
  // The one notice the person complained about receives is the request for their statement.
  return [...new Set(ids)].filter((id) => kind === 'case.statement' || id !== c.staffId);
}

/**
 * Who a staff notice passes to when its recipient cannot be reached (no bound WeChat, refused):
 * their backup, else the department's head, else the office — never the person complained about,
 * never one already tried. A request for a statement is personal to its addressee: it passes to no one.
 */
export function standInFor(
  kind: NoticeKind,
  org: CaseOrg,
  c: Pick<Complaint, 'staffId' | 'departmentId'>,
  from: string,
  tried: (id: string) => boolean,
): string | null {
  if (kind === 'case.statement') return null;
  const candidates = [
    org.staff.get(from)?.backupStaffId,
    org.departments.get(c.departmentId)?.headStaffId,
    ...officeHandlers(org, c).map((s) => s.id),
  ];
  return candidates.find((id): id is string => !!id && id !== from && id !== c.staffId && !tried(id)) ?? null;
}
