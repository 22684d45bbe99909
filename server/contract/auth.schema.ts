import { z } from 'zod';
import { idSchema } from './common.schema';

export const authGuestInput = z.object({}).strict();
export interface AuthGuestOutput {
  token: string;
}

/** `wx.login`'s code: WeChat does not specify its form, only that it is short-lived and used once. */
export const authWxLoginInput = z.object({ code: z.string().trim().min(1, '缺少登录凭证').max(128).regex(/^[\x21-\x7e]+$/, '登录凭证格式不对') }).strict();
export type AuthWxLoginInput = z.infer<typeof authWxLoginInput>;
export interface AuthWxLoginOutput {
  token: string;
  expiresAt: string;
}

export const roleSchema = z.enum(['resident', 'staff', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/**
 * The code `npm start` prints when it can be reached from other machines (its links carry it as
 * `devKey`); every dev.* action takes it. Any short string: a wrong one is refused (403), not invalid.
 */
export const devKeySchema = z.string().max(64).optional();
/** dev.identities and sweep.run: nothing but the dev key. */
export const devKeyInput = z.object({ devKey: devKeySchema }).strict();
export type DevKeyInput = z.infer<typeof devKeyInput>;

export const devLoginInput = z
  .object({
    devKey: devKeySchema,
    role: roleSchema,
    staffId: idSchema.optional(),
    /** Picks one of several demo residents (local mode), so two residents can be compared. */
    residentName: z.string().regex(/^[a-z0-9-]{1,32}$/).optional(),
  })
  .strict();
export type DevLoginInput = z.infer<typeof devLoginInput>;
export interface DevLoginOutput {
  token: string;
  role: Role;
  staffId?: string;
  name: string;
}

export const authMeInput = z.object({}).strict();
export interface AuthMeOutput {
  role: Role;
  staff?: { id: string; name: string; number: string; departmentName: string };
  /** Departments the caller heads (their figures, rankings and assessment sheet). */
  headOf?: string[];
  /** Local mode exposes the dev identity switcher. */
  localMode: boolean;
}

export interface DevIdentity {
  role: Role;
  staffId?: string;
  residentName?: string;
  label: string;
}
export interface DevIdentitiesOutput {
  identities: DevIdentity[];
}

/** Bind codes: 8 characters without look-alikes, shown as XXXX-XXXX; case and dash ignored. */
export const bindCodeSchema = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, { message: '绑定码为 8 位字母和数字' }));

export const bindCodeIssueInput = z.object({ staffId: idSchema }).strict();
export type BindCodeIssueInput = z.infer<typeof bindCodeIssueInput>;
export interface BindCodeIssueOutput {
  /** Shown once: only its hash is kept. */
  code: string;
  expiresAt: string;
  staff: { id: string; name: string; number: string };
}

export const authBindInput = z.object({ code: bindCodeSchema }).strict();
export type AuthBindInput = z.input<typeof authBindInput>;
export interface AuthBindOutput {
  staff: { id: string; name: string; number: string; departmentName: string };
}

/**
 * Staff passwords for signing in on a PC: at least 10 characters (length, not composition,
 * is what makes a password hard to guess), at most 64.
 */
export const staffPasswordSchema = z.string().min(10, '密码至少 10 位').max(64, '密码最多 64 位');
export const staffNumberSchema = z.string().trim().min(1, '请输入工号').max(32);

export const authSetPasswordInput = z.object({ code: bindCodeSchema, password: staffPasswordSchema }).strict();
export type AuthSetPasswordInput = z.input<typeof authSetPasswordInput>;
export interface AuthSetPasswordOutput {
  staff: { id: string; name: string; number: string };
}

export const authStaffLoginInput = z.object({ number: staffNumberSchema, password: z.string().min(1, '请输入密码').max(64) }).strict();
export type AuthStaffLoginInput = z.infer<typeof authStaffLoginInput>;
export interface AuthStaffLoginOutput {
  token: string;
  expiresAt: string;
  role: Role;
  /** Wrong passwords tried on this 工号, from anywhere, since its last sign-in (absent when none). */
  failedAttempts?: number;
}
