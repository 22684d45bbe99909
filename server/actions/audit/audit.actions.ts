/** The office's audit trail, read by admins only (the one action on it: nothing edits it). */
import { AUDIT_KIND_LABELS } from '../../contract/audit.schema';
import { addDaysToDate, startOfShanghaiDay } from '../../contract/dates';
import { defineAction } from '../../core/define-action';
import { decodeCursor, encodeCursor } from '../../app/page-cursor';

const PAGE = 50;

export const auditList = defineAction({
  name: 'audit.list',
  summary:
    'Admins: the audit trail, newest first, 50 a page (pass `next` back as `cursor`) — organisation, settings, scores, ' +
    '责任追究, publication, declines and reviews, phone reveals, exports and downloads, bind codes and role changes: who, ' +
    'when, what, before and after. Filter by Shanghai days, staff member and kind.',
  async handler(input, ctx) {
    const query = {
      from: input.from ? startOfShanghaiDay(input.from) : undefined,
      to: input.to ? startOfShanghaiDay(addDaysToDate(input.to, 1)) : undefined,
      actorStaffId: input.actorStaffId,
      kind: input.kind,
    };
    const limit = input.limit ?? PAGE;
    const page = await ctx.deps.store.audit.list(query, input.cursor ? decodeCursor(input.cursor) : null, limit);
    return {
      entries: page.rows.map((e) => ({
        at: e.at.toISOString(),
        actorStaffId: e.actorStaffId,
        actorName: e.actorName,
        kind: e.kind,
        kindLabel: AUDIT_KIND_LABELS[e.kind] ?? e.kind,
        target: e.target,
        summary: e.summary,
        before: e.before,
        after: e.after,
      })),
      next: page.next ? encodeCursor(page.next) : null,
      kinds: Object.entries(AUDIT_KIND_LABELS).map(([kind, label]) => ({
        kind: kind as keyof typeof AUDIT_KIND_LABELS,
        label,
      })),
    };
  },
});
