/** Row ↔ entity mapping for the SQL store (snake_case columns, camelCase entities). */
import type { ContentFlag } from '../../ports/content-flags';
import type { Department, Evaluation, Matter, Staff, Window } from '../../ports/store';
import type { RowOf } from './sql-client';

/** `earlier` is a JSON array: its instants come back as strings. */
type EvaluationRow = RowOf<Omit<Evaluation, 'earlier'>> & { earlier: { level: number; at: string }[] | null };

export const toDepartment = (r: RowOf<Department>): Department => ({
  id: r.id,
  name: r.name,
  headStaffId: r.head_staff_id,
  supervisionPhone: r.supervision_phone,
});

export const toStaff = (r: RowOf<Staff>): Staff => ({
  id: r.id,
  number: r.number,
  name: r.name,
  departmentId: r.department_id,
  role: r.role,
  backupStaffId: r.backup_staff_id,
  leave: r.leave,
  openid: r.openid,
});

export const toWindow = (r: RowOf<Window>): Window => ({
  id: r.id,
  name: r.name,
  departmentId: r.department_id,
  aStaffId: r.a_staff_id,
  bStaffId: r.b_staff_id,
});

export const toMatter = (r: RowOf<Matter>): Matter => ({
  id: r.id,
  departmentId: r.department_id,
  name: r.name,
  type: r.type,
  promisedDays: r.promised_days,
  legalDays: r.legal_days,
  dayKind: r.day_kind,
  notes: r.notes,
  notice: r.notice,
});

export const toEvaluation = (r: EvaluationRow): Evaluation => ({
  id: r.id,
  subjectHash: r.subject_hash,
  target: r.target,
  cardId: r.card_id,
  windowId: r.window_id,
  staffId: r.staff_id,
  departmentId: r.department_id,
  matterId: r.matter_id ?? null,
  visitKey: r.visit_key,
  level: Number(r.level),
  dimensions: r.dimensions,
  tags: r.tags,
  comment: r.comment,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  requestId: r.request_id,
  requestHash: r.request_hash,
  firstLevel: Number(r.first_level),
  levelChanges: Number(r.level_changes),
  earlier: (r.earlier ?? []).map((v) => ({ level: Number(v.level), at: new Date(v.at) })),
});

export const toContentFlag = (r: RowOf<ContentFlag>): ContentFlag => ({
  id: r.id,
  kind: r.kind,
  refId: r.ref_id,
  verdict: r.verdict,
  label: r.label ?? null,
  reason: r.reason ?? null,
  text: r.text,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at ?? null,
  resolvedByStaffId: r.resolved_by_staff_id ?? null,
});
