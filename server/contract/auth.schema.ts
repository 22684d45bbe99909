import * as z from 'zod/mini';
import './zod';
import { idSchema } from './common.schema';

export const authGuestInput = z.strictObject({});
export interface AuthGuestOutput {
  token: string;
}

/** `wx.login`'s code: WeChat does not specify its form, only that it is short-lived and used once. */
export const authWxLoginInput = z.strictObject({
  code: z
    .string()
    .check(z.trim(), z.minLength(1, '缺少登录凭证'), z.maxLength(128), z.regex(/^[\x21-\x7e]+$/, '登录凭证格式不对')),
});
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
export const devKeySchema = z.optional(z.string().check(z.maxLength(64)));
/** dev.identities and sweep.run: nothing but the dev key. */
export const devKeyInput = z.strictObject({ devKey: devKeySchema });
export type DevKeyInput = z.infer<typeof devKeyInput>;

export const devLoginInput = z.strictObject({
  devKey: devKeySchema,
  role: roleSchema,
  staffId: z.optional(idSchema),
  /** Picks one of several demo residents (local mode), so two residents can be compared. */
  residentName: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,32}$/))),
});
export type DevLoginInput = z.infer<typeof devLoginInput>;
export interface DevLoginOutput {
  token: string;
  role: Role;
  staffId?: string;
  name: string;
}

export const authMeInput = z.strictObject({});
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
export const bindCodeSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) => s.replace(/[\s-]/g, '').toUpperCase()),
  ),
  z.string().check(z.regex(/^[2-9A-HJKMNP-Z]{8}$/, { message: '绑定码为 8 位字母和数字' })),
);

export const bindCodeIssueInput = z.strictObject({ staffId: idSchema });
export type BindCodeIssueInput = z.infer<typeof bindCodeIssueInput>;
export interface BindCodeIssueOutput {
  /** Shown once: only its hash is kept. */
  code: string;
  expiresAt: string;
  staff: { id: string; name: string; number: string };
}

export const authBindInput = z.strictObject({ code: bindCodeSchema });
export type AuthBindInput = z.input<typeof authBindInput>;
export interface AuthBindOutput {
  staff: { id: string; name: string; number: string; departmentName: string };
}

/**
 * Staff passwords for signing in on a PC: at least 10 characters (length, not composition,
 * is what makes a password hard to guess), at most 64.
 */
export const staffPasswordSchema = z
  .string()
  .check(z.minLength(10, '密码至少 10 位'), z.maxLength(64, '密码最多 64 位'));
export const staffNumberSchema = z.string().check(z.trim(), z.minLength(1, '请输入工号'), z.maxLength(32));

export const authSetPasswordInput = z.strictObject({ code: bindCodeSchema, password: staffPasswordSchema });
export type AuthSetPasswordInput = z.input<typeof authSetPasswordInput>;
export interface AuthSetPasswordOutput {
  staff: { id: string; name: string; number: string };
}

export const authStaffLoginInput = z.strictObject({
  number: staffNumberSchema,
  password: z.string().check(z.minLength(1, '请输入密码'), z.maxLength(64)),
});
export type AuthStaffLoginInput = z.infer<typeof authStaffLoginInput>;
export interface AuthStaffLoginOutput {
  token: string;
  expiresAt: string;
  role: Role;
  /** Wrong passwords tried on this 工号, from anywhere, since its last sign-in (absent when none). */
  failedAttempts?: number;
}
