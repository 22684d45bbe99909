import * as z from 'zod/mini';
import './zod';
import { MATERIAL_FORMS, matterTypeSchema, type MatterNotice, type MatterType } from './card.schema';
import { idSchema, phoneSchema, daySchema } from './common.schema';

export const orgListInput = z.strictObject({});

export interface LeavePeriod {
  from: string;
  to: string;
}
export interface DepartmentView {
  id: string;
  name: string;
  headStaffId: string | null;
  supervisionPhone: string;
}
export interface WindowOrgView {
  id: string;
  name: string;
  departmentId: string;
  aStaffId: string | null;
  bStaffId: string | null;
}
export interface StaffOrgView {
  id: string;
  number: string;
  name: string;
  departmentId: string;
  role: 'staff' | 'admin';
  backupStaffId: string | null;
  leave: LeavePeriod[];
  bound: boolean;
}
export interface MatterView {
  id: string;
  departmentId: string;
  name: string;
  type: MatterType;
  /** 承诺时限: a card for this matter promises at most this many `dayKind` days. */
  promisedDays: number;
  /** 法定时限 (null: the catalogue states none); never below the 承诺时限. */
  legalDays: number | null;
  dayKind: 'working' | 'natural';
  /** 其他告知事项 (free text beside the structured 告知). */
  notes: string;
  /** 一次性告知: 受理条件, 材料清单, 办理流程, 收费, 设定依据. */
  notice: MatterNotice;
}
export interface OrgListOutput {
  departments: DepartmentView[];
  windows: WindowOrgView[];
  staff: StaffOrgView[];
  matters: MatterView[];
}

export const orgMattersInput = z.strictObject({});
export interface OrgMattersOutput {
  matters: MatterView[];
  /** The windows of the caller's department, to pick where a card is issued. */
  windows: { id: string; name: string }[];
  defaultSupervisionPhone: string;
}

/** The departments a resident can complain about (home page 我要投诉). */
export interface OrgDepartmentsOutput {
  departments: { id: string; name: string; supervisionPhone: string }[];
}

/** Colleagues a case can be transferred to: name, number, department; nothing personal. */
export interface OrgStaffDirectoryOutput {
  staff: { id: string; name: string; number: string; departmentId: string; departmentName: string }[];
}

const name = (what: string, max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message: `请填写${what}` }),
      z.maxLength(max, { message: `${what}不能超过 ${max} 字` }),
    );
const optionalId = z.optional(z.nullable(idSchema));
const day = daySchema;

/** Creates (no id) or updates a department. */
export const orgSaveDepartmentInput = z.strictObject({
  id: z.optional(idSchema),
  name: name('部门名称', 40),
  headStaffId: optionalId,
  /** 监督电话 (区号-号码, 12345). */
  supervisionPhone: phoneSchema,
});
export type OrgSaveDepartmentInput = z.infer<typeof orgSaveDepartmentInput>;

export const orgSaveWindowInput = z
  .strictObject({
    id: z.optional(idSchema),
    name: name('窗口名称', 40),
    departmentId: idSchema,
    aStaffId: optionalId,
    bStaffId: optionalId,
  })
  .check(
    z.refine((v) => !v.aStaffId || v.aStaffId !== v.bStaffId, { message: 'A岗和B岗不能是同一人', path: ['bStaffId'] }),
  );
export type OrgSaveWindowInput = z.infer<typeof orgSaveWindowInput>;

export const orgSaveStaffInput = z
  .strictObject({
    id: z.optional(idSchema),
    number: z
      .string()
      .check(z.trim(), z.regex(/^[0-9A-Za-z-]{1,20}$/, { message: '工号只能包含字母、数字和 -，最多 20 位' })),
    name: name('姓名', 20),
    departmentId: idSchema,
    role: z.enum(['staff', 'admin']),
    backupStaffId: optionalId,
    leave: z.optional(
      z
        .array(
          z
            .strictObject({ from: day, to: day })
            .check(z.refine((p) => p.from <= p.to, { message: '请假开始日期不能晚于结束日期' })),
        )
        .check(z.maxLength(50)),
    ),
  })
  .check(z.refine((v) => !v.id || v.id !== v.backupStaffId, { message: '备岗不能是本人', path: ['backupStaffId'] }));
export type OrgSaveStaffInput = z.infer<typeof orgSaveStaffInput>;

const LEGAL_MESSAGE = '法定时限应为 0–365 的整数天数';
const MATERIALS_MAX = 50;
const noticeText = (what: string, max: number) =>
  z.string().check(z.trim(), z.maxLength(max, { message: `${what}不能超过 ${max} 字` }));
const materialName = name('材料名称', 60);
const materialItem = z.strictObject({
  name: materialName,
  form: z.optional(z.enum(MATERIAL_FORMS, { message: '材料应为原件、复印件或原件及复印件' })),
  count: z.optional(
    z
      .int({ message: '材料份数应为 1–99 的整数' })
      .check(
        z.minimum(1, { message: '材料份数应为 1–99 的整数' }),
        z.maximum(99, { message: '材料份数应为 1–99 的整数' }),
      ),
  ),
});

export const orgSaveMatterInput = z.strictObject({
  id: z.optional(idSchema),
  departmentId: idSchema,
  name: name('事项名称', 60),
  type: matterTypeSchema,
  promisedDays: z.int().check(z.minimum(0), z.maximum(365)),
  /** 其他告知事项 (besides the structured 告知 below). */
  notes: z.optional(z.string().check(z.maxLength(2000, { message: '告知事项不能超过 2000 字' }))),
  /** 法定时限; null = not stated. Omitted fields keep what the matter has. */
  legalDays: z.optional(
    z.nullable(
      z
        .int({ message: LEGAL_MESSAGE })
        .check(z.minimum(0, { message: LEGAL_MESSAGE }), z.maximum(365, { message: LEGAL_MESSAGE })),
    ),
  ),
  dayKind: z.optional(z.enum(['working', 'natural'])),
  conditions: z.optional(noticeText('受理条件', 1000)),
  process: z.optional(noticeText('办理流程', 1000)),
  fee: z.optional(noticeText('收费', 200)),
  basis: z.optional(noticeText('设定依据', 1000)),
  /** 材料清单: items as `{name, form?, count?}`, or just the name (原件, 1 份). */
  materials: z.optional(
    z
      .array(z.union([materialName, materialItem]))
      .check(z.maxLength(MATERIALS_MAX, { message: `材料清单最多 ${MATERIALS_MAX} 项` })),
  ),
});
export type OrgSaveMatterInput = z.infer<typeof orgSaveMatterInput>;

/** An organisation spreadsheet (the export.org file, filled in): adds and updates, never deletes. */
export const orgImportInput = z.strictObject({
  fileId: z.string().check(z.minLength(8), z.maxLength(300, { message: '文件编号过长' })),
});
export type OrgImportInput = z.infer<typeof orgImportInput>;

export interface OrgImportOutput {
  departments: number;
  staff: number;
  windows: number;
  matters: number;
}
