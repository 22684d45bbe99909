import { z } from 'zod';
import { idSchema } from './common.schema';

export const authGuestInput = z.object({}).strict();
export interface AuthGuestOutput {
  token: string;
}

export const roleSchema = z.enum(['resident', 'staff', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const devLoginInput = z
  .object({
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
