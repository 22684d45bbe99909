/**
 * An in-process stand-in for the CloudBase database behind wx-server-sdk, with MongoDB query
 * semantics from `mingo`. No CloudBase emulator exists; this is the boundary we cannot reach.
 *
 * What it models (and the adapter is tested against):
 * - collections must exist (errCode -502005 otherwise); createCollection rejects an existing one;
 * - `add` rejects a duplicate `_id` and any unique index in collections.ts (errCode -502001),
 *   atomically: the check and the write happen in one step, as in the database;
 * - `get` returns at most 100 documents unless `limit` says more, and never more than 1000;
 * - `update` merges plain nested objects and replaces a field only under `command.set`;
 * - `set` replaces the whole document; Date fields come back as Dates; reads are copies.
 *
 * What it does NOT prove: the SDK's wire format and real error texts, index creation and query
 * plans, latency and request quotas, behaviour under real concurrent network writers, and the
 * exact ordering of strings by the real database (it compares code points).
 */
import { find } from 'mingo';
import type { CloudCollection, CloudDb, CloudDoc, CloudDocRef, CloudQuery } from '../../server/adapters/store-cloudbase/cloud-db';
import { INDEXES } from '../../server/adapters/store-cloudbase/collections';

const SET = Symbol('command.set');
const LT = Symbol('command.lt');
type Tagged = { [SET]?: unknown; [LT]?: unknown };

const cloudError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg });
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Turns SDK-style command values into MongoDB operators. */
function toMongo(condition: CloudDoc): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(condition).map(([k, v]) => [k, v && typeof v === 'object' && LT in v ? { $lt: (v as Tagged)[LT] } : v]),
  );
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>) {
  for (const [k, v] of Object.entries(patch)) {
    if (v && typeof v === 'object' && SET in v) target[k] = structuredClone((v as Tagged)[SET]);
    else if (isPlainObject(v) && isPlainObject(target[k])) merge(target[k] as Record<string, unknown>, v);
    else target[k] = structuredClone(v);
  }
}

export class CloudbaseDbStandIn implements CloudDb {
  private readonly data = new Map<string, CloudDoc[]>();
  private autoId = 0;

  readonly command = {
    lt: (value: unknown) => ({ [LT]: value }),
    set: (value: unknown) => ({ [SET]: value }),
  };

  async createCollection(name: string) {
    await tick();
    if (this.data.has(name)) throw cloudError(-502001, `collection ${name} already exists`);
    this.data.set(name, []);
    return { ok: true };
  }

  /** Every document of a collection, for assertions. */
  dump(name: string): CloudDoc[] {
    return structuredClone(this.docs(name));
  }

  private docs(name: string): CloudDoc[] {
    const docs = this.data.get(name);
    if (!docs) throw cloudError(-502005, `database collection not exists: ${name}`);
    return docs;
  }

  private violatesUnique(name: string, doc: CloudDoc, except?: CloudDoc): string | null {
    const docs = this.docs(name);
    if (docs.some((d) => d !== except && d._id === doc._id)) return '_id';
    for (const index of INDEXES.filter((i) => i.collection === name && i.unique)) {
      const keys = Object.keys(index.keys);
      if (docs.some((d) => d !== except && keys.every((k) => d[k] !== undefined && d[k] === doc[k]))) return index.name;
    }
    return null;
  }

  collection(name: string): CloudCollection {
    const query = (condition: CloudDoc, sort: [string, 1 | -1][], skip: number, limit: number | null): CloudQuery => ({
      where: (c) => query({ ...condition, ...c }, sort, skip, limit),
      orderBy: (field, direction) => query(condition, [...sort, [field, direction === 'desc' ? -1 : 1]], skip, limit),
      skip: (n) => query(condition, sort, n, limit),
      limit: (n) => query(condition, sort, skip, n),
      get: async () => {
        await tick();
        let cursor = find(this.docs(name), toMongo(condition));
        if (sort.length) cursor = cursor.sort(Object.fromEntries(sort));
        const rows = cursor.skip(skip).limit(Math.min(limit ?? 100, 1000)).all() as CloudDoc[];
        return { data: structuredClone(rows) };
      },
      count: async () => {
        await tick();
        return { total: find(this.docs(name), toMongo(condition)).all().length };
      },
    });

    const doc = (id: string): CloudDocRef => ({
      set: async ({ data }) => {
        await tick();
        if ('_id' in data) throw cloudError(-501007, 'set: data must not contain _id');
        const docs = this.docs(name);
        const next = { _id: id, ...structuredClone(data) };
        const at = docs.findIndex((d) => d._id === id);
        const clash = this.violatesUnique(name, next, at >= 0 ? docs[at] : undefined);
        if (clash && clash !== '_id') throw cloudError(-502001, `E11000 duplicate key error index: ${clash}`);
        if (at >= 0) docs[at] = next;
        else docs.push(next);
        return { _id: id, stats: { updated: at >= 0 ? 1 : 0 } };
      },
      update: async ({ data }) => {
        await tick();
        const found = this.docs(name).find((d) => d._id === id);
        if (!found) return { stats: { updated: 0 } };
        merge(found, data);
        return { stats: { updated: 1 } };
      },
    });

    return {
      ...query({}, [], 0, null),
      doc,
      add: async ({ data }) => {
        await tick();
        const next = structuredClone(data);
        next._id ??= `auto${++this.autoId}`;
        const clash = this.violatesUnique(name, next);
        if (clash) throw cloudError(-502001, `E11000 duplicate key error index: ${clash}`);
        this.docs(name).push(next);
        return { _id: next._id as string };
      },
    };
  }
}
