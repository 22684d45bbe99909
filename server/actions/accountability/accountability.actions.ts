/** 责任追究: the office records decisions on staff; the year's records feed the assessment sheet. */
import { maySeeStaff } from '../../domain/scope.rules';
import { readerOf } from '../../app/readers';
import { audit } from '../../app/audit-trail';
import type { AccountabilityView } from '../../contract/accountability.schema';
import {
  ACCOUNTABILITY_LABELS,
  consequence,
  DEFAULT_ACCOUNTABILITY,
  type AccountabilityRules,
} from '../../domain/accountability.rules';
import { shanghaiDate } from '../../contract/dates';
import { errors, fail } from '../../core/errors';
import type { AccountabilityRecord } from '../../ports/accountability';
import { defineAction, type ActionContext } from '../../core/define-action';

/** Settings key of the deduction percentages (defaults: the seed's 5 / 10 / 20 %). */
export const ACCOUNTABILITY_KEY = 'accountability.rules';

export const accountabilityRecord = defineAction({
  name: 'accountability.record',
  summary:
    'Admin: records a 责任追究 decision on a staff member (书面检查, 诫勉教育, 效能告诫, 党纪政纪处分, 移送司法机关), ' +
    'optionally from a valid complaint; it counts in the assessment of the decision’s year. Idempotent on requestId.',
  async handler(input, ctx) {
    const { store, ids } = ctx.deps;
    const staff = await store.org.staffById(input.staffId);
    if (!staff) throw errors.notFound('STAFF.NOT_FOUND', '该工作人员');
    if (input.decidedOn > shanghaiDate(ctx.now))
      throw errors.invalid([{ path: 'decidedOn', message: '决定日期不能晚于今天' }]);
    if (input.complaintId && !(await store.complaints.byId(input.complaintId)))
      throw errors.notFound('COMPLAINT.NOT_FOUND', '该投诉');
    const { row } = await store.accountability.add({
      id: `ACC${ids.next(16)}`,
      staffId: staff.id,
      kind: input.kind,
      decidedOn: input.decidedOn,
      complaintId: input.complaintId ?? null,
      reason: input.reason,
      createdBy: ctx.caller.staff.id,
      createdAt: ctx.now,
      requestId: ctx.requestId,
    });
    const [view] = await views(ctx, [row]);
    await audit(ctx, {
      kind: 'accountability.record',
      target: `staff:${staff.id}`,
      summary: `责任追究：${staff.name}（${staff.number}）${view.kindLabel}`,
      after: { kind: row.kind, decidedOn: row.decidedOn, trackingNo: view.trackingNo, reason: row.reason },
    });
    return view;
  },
});

export const accountabilityList = defineAction({
  name: 'accountability.list',
  summary:
    'A year’s 责任追究 records with each person’s bonus deduction and award eligibility: the office all, a head their department, staff their own.',
  async handler(input, ctx) {
    const { store } = ctx.deps;
    const me = ctx.caller.staff;
    const staff = await store.org.staff();
    const reader = await readerOf(store, me);
    const headOf = reader.headOf;
    const inScope = (staffId: string) => {
      const s = staff.find((x) => x.id === staffId);
      if (!s) return false;
      if (input.staffId && s.id !== input.staffId) return false;
      if (input.departmentId && s.departmentId !== input.departmentId) return false;
      return maySeeStaff(reader, s);
    };
    const asked = input.staffId ?? input.departmentId;
    if (
      me.role !== 'admin' &&
      asked &&
      input.staffId !== me.id &&
      !(input.departmentId && headOf.includes(input.departmentId)) &&
      !(input.staffId && headOf.includes(staff.find((s) => s.id === input.staffId)?.departmentId ?? ''))
    ) {
      throw fail('ACCOUNTABILITY.FORBIDDEN_SCOPE');
    }
    const records = (await store.accountability.forYear(input.year)).filter((r) => inScope(r.staffId));
    const rules = (await store.settings.get<AccountabilityRules>(ACCOUNTABILITY_KEY)) ?? DEFAULT_ACCOUNTABILITY;
    const people = [...new Set(records.map((r) => r.staffId))].map((staffId) => {
      const c = consequence(
        records.filter((r) => r.staffId === staffId).map((r) => r.kind),
        rules,
      );
      return {
        staffId,
        name: staff.find((s) => s.id === staffId)?.name ?? '',
        deductionPct: c.deductionPct,
        awardEligible: c.awardEligible,
        ineligibleReason: c.reason,
      };
    });
    return { year: input.year, records: await views(ctx, records), people };
  },
});

async function views(ctx: ActionContext, records: AccountabilityRecord[]): Promise<AccountabilityView[]> {
  const { store } = ctx.deps;
  const [staff, departments] = await Promise.all([store.org.staff(), store.org.departments()]);
  return Promise.all(
    records.map(async (r) => {
      const s = staff.find((x) => x.id === r.staffId);
      const complaint = r.complaintId ? await store.complaints.byId(r.complaintId) : null;
      return {
        id: r.id,
        staff: {
          id: r.staffId,
          name: s?.name ?? '',
          number: s?.number ?? '',
          departmentName: departments.find((d) => d.id === s?.departmentId)?.name ?? '',
        },
        kind: r.kind,
        kindLabel: ACCOUNTABILITY_LABELS[r.kind],
        decidedOn: r.decidedOn,
        trackingNo: complaint?.trackingNo ?? null,
        reason: r.reason,
      };
    }),
  );
}
