/**
 * A data migration run by the sweep: timeline entries written before actors were kept as keyed
 * hashes carry the raw identity (`wx:<OPENID>`, a guest's device id) in `data.by`. Each is
 * replaced by the same keyed hash the actions now write, so a retried command still finds its
 * own entry. The hash needs the pepper, a server secret the database never sees, which is why
 * this cannot be a SQL migration. Safe to run twice: a hashed entry is no longer raw.
 */
import type { CoreDeps } from '../core/define-action';
import { subjectHash } from '../security/identity';

const BATCH = 200;

export async function hashRawEventActors(deps: Pick<CoreDeps, 'store' | 'config'>, budget = 50): Promise<number> {
  let done = 0;
  for (let round = 0; round < budget; round++) {
    const raw = await deps.store.complaints.rawActorEvents(BATCH);
    for (const e of raw) await deps.store.complaints.setEventActor(e.id, subjectHash(deps.config.identityPepper, e.by));
    done += raw.length;
    if (raw.length < BATCH) break;
  }
  return done;
}
