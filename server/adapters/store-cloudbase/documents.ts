/**
 * Entity ↔ document mapping. Documents keep the entity's camelCase fields; `_id` is chosen so
 * that the database itself enforces a uniqueness rule (see `cardKey`, `visitKey`).
 */
import { createHash } from 'node:crypto';
import type { Department, Evaluation, Matter, Staff, Window } from '../../ports/store';
import type { CloudDoc } from './cloud-db';
import { emptyMatterNotice, type MatterNotice } from '../../contract/card.schema';

export const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

/** A card's `_id`: one card per (staff, requestId), so a retried issue cannot add a second. */
export const cardKey = (staffId: string, requestId: string) => digest('card', staffId, requestId);
/** A complaint's `_id`: one case per (resident, requestId), so a retried submit files nothing new. */
export const complaintKey = (subjectHash: string, requestId: string) => digest('complaint', subjectHash, requestId);
/** An evaluation's `_id`: one per (resident, visit), so a concurrent second submit fails to add. */
export const visitDocKey = (subjectHash: string, visitKey: string) => digest('visit', subjectHash, visitKey);

const date = (v: unknown) => new Date(v as string | number | Date);
const text = (v: unknown) => (v ?? null) as string | null;

/** Drops the storage key; everything else is the entity as written. */
function fields(doc: CloudDoc): CloudDoc {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

export const toDepartment = (d: CloudDoc): Department => {
  const f = fields(d);
  return {
    id: f.id as string,
    name: f.name as string,
    headStaffId: text(f.headStaffId),
    supervisionPhone: f.supervisionPhone as string,
  };
};

export const toStaff = (d: CloudDoc): Staff => {
  const f = fields(d);
  return {
    id: f.id as string,
    number: f.number as string,
    name: f.name as string,
    departmentId: f.departmentId as string,
    role: f.role as Staff['role'],
    backupStaffId: text(f.backupStaffId),
    leave: (f.leave ?? []) as Staff['leave'],
    openid: text(f.openid),
  };
};

export const toWindow = (d: CloudDoc): Window => {
  const f = fields(d);
  return {
    id: f.id as string,
    name: f.name as string,
    departmentId: f.departmentId as string,
    aStaffId: text(f.aStaffId),
    bStaffId: text(f.bStaffId),
  };
};

export const toMatter = (d: CloudDoc): Matter => {
  const f = fields(d);
  return {
    id: f.id as string,
    departmentId: f.departmentId as string,
    name: f.name as string,
    type: f.type as Matter['type'],
    promisedDays: Number(f.promisedDays),
    // Matters written before the catalogue kept time limits and 告知 read as stating none.
    legalDays: f.legalDays == null ? null : Number(f.legalDays),
    dayKind: (f.dayKind as Matter['dayKind']) ?? 'working',
    notes: f.notes as string,
    notice: { ...emptyMatterNotice(), ...(f.notice as Partial<MatterNotice> | undefined) },
  };
};

export const toEvaluation = (d: CloudDoc): Evaluation => {
  const f = fields(d);
  return {
    id: f.id as string,
    subjectHash: f.subjectHash as string,
    target: f.target as Evaluation['target'],
    cardId: text(f.cardId),
    windowId: text(f.windowId),
    staffId: text(f.staffId),
    departmentId: f.departmentId as string,
    matterId: text(f.matterId),
    visitKey: f.visitKey as string,
    level: Number(f.level),
    dimensions: (f.dimensions ?? {}) as Record<string, number>,
    tags: (f.tags ?? []) as string[],
    comment: f.comment as string,
    createdAt: date(f.createdAt),
    updatedAt: date(f.updatedAt),
    requestId: f.requestId as string,
    requestHash: f.requestHash as string,
    // Documents written before amendments were kept have none of these.
    firstLevel: Number(f.firstLevel ?? f.level),
    levelChanges: Number(f.levelChanges ?? 0),
    earlier: ((f.earlier ?? []) as { level: number; at: Date }[]).map((v) => ({
      level: Number(v.level),
      at: date(v.at),
    })),
  };
};

/**
 * A document read back as the entity written into it, without its `_id`. The database checks
 * nothing, so the type is the adapter's word: the mappers still make its dates Dates and default
 * the fields older documents lack.
 */
export const stored = <T>(d: CloudDoc): T => fields(d) as T;

/** Entities are plain data with Date fields, which the SDK stores as database dates. */
export const toDoc = (entity: object): CloudDoc => ({ ...entity });
