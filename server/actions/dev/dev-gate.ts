/**
 * Who may call a dev.* action. They hand out any identity (an admin's included) and move the
 * clock, so a local host that others can reach answers them only with the code it printed at
 * start; on loopback they stay open, as the demo needs no ceremony there.
 */
import type { CoreConfig } from '../../core/define-action';
import { fail } from '../../core/errors';
import { devKeyMatches } from '../../security/dev-key';

export function assertDevAccess(config: CoreConfig, devKey: string | undefined): void {
  const access = config.devAccess ?? 'open';
  if (access === 'open') return;
  if (access === 'off') throw fail('DEV.DISABLED');
  if (!devKeyMatches(access.key, devKey)) throw fail('DEV.KEY_REQUIRED');
}
