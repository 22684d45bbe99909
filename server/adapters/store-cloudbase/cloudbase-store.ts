/**
 * The Store port over the CloudBase document database (wx-server-sdk). Uniqueness rules that SQL
 * keeps with constraints are kept here by deterministic `_id`s, which the database enforces on
 * `add` without a transaction; see documents.ts.
 */
import type { AssessmentScore } from '../../ports/assessments';
import type { ContentFlag } from '../../ports/content-flags';
import type { Evaluation, InsertResult, Store } from '../../ports/store';
import type { CloudCollection, CloudDb, CloudDoc, CloudError, CloudQuery } from './cloud-db';
import { cloudbaseComplaints, cloudbaseFiles, cloudbaseMessages, cloudbaseOutbox } from './cloudbase-complaints';
import { cloudbaseStats } from './cloudbase-stats';
import { cloudbaseExports } from './cloudbase-exports';
import { cloudbaseRectifications } from './cloudbase-rectifications';
import { cloudbaseAccountability } from './cloudbase-accountability';
import { cloudbaseAudit } from './cloudbase-audit';
import { cloudbaseAppeals, cloudbaseFollowups } from './cloudbase-followups';
import { cloudbaseCards } from './cloudbase-cards';
import { cloudbaseAttempts, cloudbaseJobLocks, cloudbaseRates } from './cloudbase-guards';
import { COLLECTIONS, type CollectionName } from './collections';
import { resilientDb } from './cloud-faults';
import { stored, toDepartment, toDoc, toEvaluation, toMatter, toStaff, toWindow, visitDocKey } from './documents';

/** wx-server-sdk returns at most 1000 documents per get; longer lists are read in pages. */
const PAGE = 1000;

export interface CloudbaseStoreOptions {
  /** Create missing collections (a cold start of the `api` function does; default true). */
  createCollections?: boolean;
}

export async function createCloudbaseStore(sdkDb: CloudDb, options: CloudbaseStoreOptions = {}): Promise<Store> {
  const db = resilientDb(sdkDb);
  if (options.createCollections ?? true) await createMissingCollections(db);
  const col = (name: CollectionName): CloudCollection => db.collection(name);

  const first = async <T>(query: CloudQuery, map: (d: CloudDoc) => T): Promise<T | null> => {
    const { data } = await query.limit(1).get();
    return data.length ? map(data[0]) : null;
  };
  const all = async <T>(query: () => CloudQuery, map: (d: CloudDoc) => T): Promise<T[]> => {
    const out: T[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query().skip(skip).limit(PAGE).get();
      out.push(...data.map(map));
      if (data.length < PAGE) return out;
    }
  };
  const byKey = <T>(name: CollectionName, _id: string, map: (d: CloudDoc) => T) => first(col(name).where({ _id }), map);
  const put = async (name: CollectionName, entity: { id: string }) => {
    await col(name)
      .doc(entity.id)
      .set({ data: toDoc(entity) });
  };

  /**
   * Adds a document whose `_id` encodes a uniqueness rule. Resolves to null when added, or to the
   * document that already holds the key. The error text of a duplicate is not relied on: after a
   * failed add, the key is looked up, and an error is rethrown only if nothing holds it.
   */
  const addUnique = async (
    name: CollectionName,
    _id: string,
    doc: CloudDoc,
    holder: () => Promise<CloudDoc | null>,
  ) => {
    try {
      await col(name).add({ data: { _id, ...doc } });
      return null;
    } catch (err) {
      const existing = await holder();
      if (existing) return existing;
      throw err;
    }
  };
  const docWith = async (name: CollectionName, condition: CloudDoc) => first(col(name).where(condition), (d) => d);

  return {
    kind: 'cloudbase',
    org: {
      departments: () => all(() => col('departments').orderBy('name', 'asc').orderBy('id', 'asc'), toDepartment),
      windows: () =>
        all(() => col('windows').orderBy('departmentId', 'asc').orderBy('name', 'asc').orderBy('id', 'asc'), toWindow),
      staff: () => all(() => col('staff').orderBy('number', 'asc').orderBy('id', 'asc'), toStaff),
      matters: () =>
        all(() => col('matters').orderBy('departmentId', 'asc').orderBy('name', 'asc').orderBy('id', 'asc'), toMatter),
      departmentById: (id) => byKey('departments', id, toDepartment),
      windowById: (id) => byKey('windows', id, toWindow),
      staffById: (id) => byKey('staff', id, toStaff),
      staffByOpenid: (openid) => first(col('staff').where({ openid }), toStaff),
      matterById: (id) => byKey('matters', id, toMatter),
      mattersByDepartment: (departmentId) =>
        all(() => col('matters').where({ departmentId }).orderBy('name', 'asc').orderBy('id', 'asc'), toMatter),
      putDepartment: (d) => put('departments', d),
      putWindow: (w) => put('windows', w),
      putStaff: (s) => put('staff', s),
      putMatter: (m) => put('matters', m),
    },

    cards: cloudbaseCards(db),

    evaluations: {
      async insert(fresh): Promise<InsertResult<Evaluation>> {
        const e: Evaluation = { ...fresh, firstLevel: fresh.level, levelChanges: 0, earlier: [] };
        // A retried submit (same resident, same requestId) answers with what it created first.
        const sameRequest = await docWith('evaluations', { subjectHash: e.subjectHash, requestId: e.requestId });
        if (sameRequest) return { created: false, conflict: 'request', row: toEvaluation(sameRequest) };
        const key = visitDocKey(e.subjectHash, e.visitKey);
        const existing = await addUnique(
          'evaluations',
          key,
          toDoc(e),
          async () =>
            (await docWith('evaluations', { subjectHash: e.subjectHash, requestId: e.requestId })) ??
            (await docWith('evaluations', { _id: key })),
        );
        if (!existing) return { created: true, row: e };
        const row = toEvaluation(existing);
        return { created: false, conflict: row.requestId === e.requestId ? 'request' : 'visit', row };
      },
      byId: (id) => first(col('evaluations').where({ id }), toEvaluation),
      async claimCard(cardId, subjectHash, at) {
        // The card id is the claim's _id: the database lets one add win.
        const holder = () => docWith('card_claims', { _id: cardId });
        const existing = await addUnique('card_claims', cardId, { subjectHash, claimedAt: at }, holder);
        return existing ? String(existing.subjectHash) : subjectHash;
      },
      bySubjectAndVisit: (subjectHash, visitKey) =>
        byKey('evaluations', visitDocKey(subjectHash, visitKey), toEvaluation),
      async amend(id, d) {
        // Compare-and-set on the version being replaced: a concurrent amendment makes this one
        // read again, so no earlier version is lost from the history.
        for (;;) {
          const found = await docWith('evaluations', { id });
          if (!found) return null;
          const was = toEvaluation(found);
          const { stats } = await col('evaluations')
            .where({ _id: found._id as string, updatedAt: was.updatedAt, level: was.level })
            .update({
              data: {
                level: d.level,
                // A plain object would merge into the stored one; the details replace it.
                dimensions: db.command.set(d.dimensions),
                tags: db.command.set(d.tags),
                comment: d.comment,
                updatedAt: d.updatedAt,
                firstLevel: was.firstLevel,
                levelChanges: was.levelChanges + (was.level !== d.level ? 1 : 0),
                earlier: db.command.set([...was.earlier, { level: was.level, at: was.updatedAt }]),
              },
            });
          if (stats.updated) return first(col('evaluations').where({ id }), toEvaluation);
        }
      },
      bySubject: (subjectHash, limit) =>
        col('evaluations')
          .where({ subjectHash })
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(Math.min(limit, PAGE))
          .get()
          .then(({ data }) => data.map(toEvaluation)),
    },

    settings: {
      // Values are kept as JSON text: setting keys and values may hold field names
      // ('.', '$') that a document cannot.
      get: async <T>(key: string) => {
        const doc = await docWith('settings', { _id: key });
        return doc ? (JSON.parse(doc.json as string) as T) : null;
      },
      async put(key, value) {
        await col('settings')
          .doc(key)
          .set({ data: { json: JSON.stringify(value) } });
      },
    },

    complaints: cloudbaseComplaints(db),
    outbox: cloudbaseOutbox(db),
    messages: cloudbaseMessages(db),
    files: cloudbaseFiles(db),
    stats: cloudbaseStats(db),
    exports: cloudbaseExports(db),
    rectifications: cloudbaseRectifications(db),
    accountability: cloudbaseAccountability(db),
    audit: cloudbaseAudit(db),
    followups: cloudbaseFollowups(db),
    appeals: cloudbaseAppeals(db),
    assessments: {
      async putScore(a) {
        await col('assessment_scores')
          .doc(`${a.year}-${a.staffId}`)
          .set({ data: { ...a } });
      },
      scores: (year) =>
        all(
          () => col('assessment_scores').where({ year }).orderBy('staffId', 'asc'),
          (d) => {
            const a = stored<AssessmentScore>(d);
            return { ...a, updatedAt: new Date(a.updatedAt) };
          },
        ),
    },
    rates: cloudbaseRates(db),
    attempts: cloudbaseAttempts(db),
    locks: cloudbaseJobLocks(db),
    bindCodes: {
      async put(c) {
        await col('bind_codes').add({ data: { _id: c.codeHash, ...c, usedAt: null } });
      },
      // A conditional update is atomic per document: of two binds with one code, one wins.
      async consume(codeHash, now) {
        const { stats } = await col('bind_codes')
          .where({ _id: codeHash, usedAt: null, expiresAt: db.command.gt(now) })
          .update({ data: { usedAt: now } });
        if (stats.updated !== 1) return null;
        return first(col('bind_codes').where({ _id: codeHash }), (d) => d.staffId as string);
      },
    },

    passwords: {
      get: (staffId) =>
        first(col('staff_passwords').where({ _id: staffId }), (d) => ({
          staffId: d._id as string,
          hash: d.hash as string,
          updatedAt: new Date(d.updatedAt as Date),
        })),
      async put(p) {
        await col('staff_passwords')
          .doc(p.staffId)
          .set({ data: { hash: p.hash, updatedAt: p.updatedAt } });
      },
    },

    flags: {
      async put(f) {
        // The digest id keeps it once: a second add of the same flag is refused and ignored.
        await col('content_flags')
          .add({ data: { _id: f.id, ...f } })
          .catch(async (err) => {
            if (!(await first(col('content_flags').where({ _id: f.id }), () => true))) throw err;
          });
      },
      async open(limit) {
        const { data } = await col('content_flags')
          .where({ resolvedAt: null })
          .orderBy('createdAt', 'desc')
          .limit(Math.min(limit, 100))
          .get();
        return data.map(
          (d) =>
            ({
              id: d._id as string,
              kind: d.kind,
              refId: d.refId,
              verdict: d.verdict,
              label: d.label ?? null,
              reason: d.reason ?? null,
              text: d.text,
              createdAt: new Date(d.createdAt as Date),
              resolvedAt: null,
              resolvedByStaffId: null,
            }) as ContentFlag,
        );
      },
      async resolve(id, by, at) {
        const { stats } = await col('content_flags')
          .where({ _id: id, resolvedAt: null })
          .update({ data: { resolvedAt: at, resolvedByStaffId: by } });
        return stats.updated === 1;
      },
    },

    async counts() {
      // Rate and attempt counters and job leases are bookkeeping, as in the SQL store.
      const data = COLLECTIONS.filter((n) => n !== 'rate_counters' && n !== 'sign_in_attempts' && n !== 'job_locks');
      const totals = await Promise.all(data.map(async (name) => [name, (await col(name).count()).total] as const));
      return Object.fromEntries(totals);
    },
    // The SDK holds no connection to release.
    close: async () => undefined,
  };
}

/** Creates each collection unless it exists; "exists already" is the expected failure. */
async function createMissingCollections(db: CloudDb) {
  await Promise.all(
    COLLECTIONS.map(async (name) => {
      try {
        await db.createCollection(name);
      } catch (err) {
        if (!/exist/i.test(`${(err as CloudError).errMsg ?? ''} ${(err as Error).message ?? ''}`)) throw err;
      }
    }),
  );
}
