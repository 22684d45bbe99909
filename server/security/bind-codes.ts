/**
 * One-time bind codes: 8 characters of an alphabet without look-alikes (0/O, 1/I/L), valid 72 h,
 * kept only as an HMAC with the server's pepper. They bind a staff member's WeChat account or
 * set their PC password; `npm run admin` issues the first one.
 */
import { createHmac, randomInt } from 'node:crypto';
import type { BindCodeIssueOutput } from '../contract/auth.schema';
import type { CoreDeps } from '../core/define-action';
import type { Staff } from '../ports/store';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const VALID_HOURS = 72;

export const codeHash = (pepper: string, code: string) =>
  createHmac('sha256', pepper).update(`bind:${code}`).digest('base64url');

/** Makes and stores a code for `staff` (only its hash is kept); also `npm run admin`'s first code. */
export async function issueBindCode(
  deps: Pick<CoreDeps, 'store' | 'config'>,
  staff: Staff,
  createdByStaffId: string,
  now: Date,
): Promise<BindCodeIssueOutput> {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  const expiresAt = new Date(now.getTime() + VALID_HOURS * 3600 * 1000);
  await deps.store.bindCodes.put({
    codeHash: codeHash(deps.config.identityPepper, code),
    staffId: staff.id,
    createdByStaffId,
    createdAt: now,
    expiresAt,
  });
  return {
    code: `${code.slice(0, 4)}-${code.slice(4)}`,
    expiresAt: expiresAt.toISOString(),
    staff: { id: staff.id, name: staff.name, number: staff.number },
  };
}
