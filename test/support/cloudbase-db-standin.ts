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
 * - `set` replaces the whole document; Date fields come back as Dates; reads are copies;
 * - transactions: one at a time, writes buffered and applied all-or-nothing at commit;
 * - raw aggregate pipelines with MongoDB's operators (mingo's $group, $cond, $objectToArray …);
 * - faults on demand (`faults`): the next matching operation rejects with a transaction conflict
 *   or a timeout, shaped as the SDK reports them; a failed commit applies nothing.
 *
 * What it does NOT prove: the SDK's wire format and real error texts, index creation and query
 * plans, latency and request quotas, behaviour under real concurrent network writers, and the
 * exact ordering of strings by the real database (it compares code points), and the real
 * transactions' conflict detection between concurrent transactions (here they never overlap),
 * and which aggregate operators the real CloudBase supports.
 */
import { Aggregator, find } from 'mingo';
import type {
  CloudCollection,
  CloudDb,
  CloudDoc,
  CloudDocRef,
  CloudQuery,
  CloudTx,
} from '../../server/adapters/store-cloudbase/cloud-db';
import { INDEXES } from '../../server/adapters/store-cloudbase/collections';

const SET = Symbol('command.set');
const INC = Symbol('command.inc');
/** Query commands carry the MongoDB operator they stand for. */
const OP = Symbol('command.op');
type Tagged = { [SET]?: unknown; [INC]?: number; [OP]?: Record<string, unknown> };

/**
 * A deep copy made in this realm. structuredClone builds its Dates in Node's own realm, which
 * `instanceof Date` inside Jest (and so mingo's date arithmetic) does not recognise.
 */
function copy<T>(v: T): T {
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date(+(v as Date)) as T;
  if (ArrayBuffer.isView(v)) return (v as unknown as Uint8Array).slice() as T;
  if (Array.isArray(v)) return v.map(copy) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) as T;
  return v;
}

const cloudError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg });
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Turns SDK-style command values into MongoDB operators. */
function toMongo(condition: CloudDoc): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(condition).map(([k, v]) => [k, v && typeof v === 'object' && OP in v ? (v as Tagged)[OP] : v]),
  );
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>) {
  for (const [k, v] of Object.entries(patch)) {
    if (v && typeof v === 'object' && SET in v) target[k] = copy((v as Tagged)[SET]);
    else if (v && typeof v === 'object' && INC in v) target[k] = Number(target[k] ?? 0) + (v as Tagged)[INC]!;
    else if (isPlainObject(v) && isPlainObject(target[k])) merge(target[k] as Record<string, unknown>, v);
    else target[k] = copy(v);
  }
}

export type FaultOp = 'get' | 'add' | 'set' | 'update' | 'aggregate' | 'txGet' | 'txSet' | 'commit';

/** One injected failure: the `skip`+1-th matching operation rejects, then the fault is spent. */
export interface Fault {
  op: FaultOp;
  collection?: string;
  error: 'conflict' | 'timeout';
  skip?: number;
}

const faultError = (kind: Fault['error']) =>
  kind === 'conflict'
    ? Object.assign(new Error('[ResourceUnavailable.TransactionConflict] Transaction is conflicted.'), {
        code: 'DATABASE_TRANSACTION_CONFLICT',
        errMsg: 'Transaction is conflicted.',
      })
    : cloudError(-501002, 'resource server timeout');

export class CloudbaseDbStandIn implements CloudDb {
  private readonly data = new Map<string, CloudDoc[]>();
  private autoId = 0;
  /** Failures to inject, consumed in order of matching (see Fault). */
  readonly faults: Fault[] = [];
  /** How many injected failures have fired. */
  faultsFired = 0;

  private fault(op: FaultOp, name?: string) {
    const i = this.faults.findIndex((f) => f.op === op && (!f.collection || f.collection === name));
    if (i < 0) return;
    const f = this.faults[i];
    if (f.skip) {
      f.skip--;
      return;
    }
    this.faults.splice(i, 1);
    this.faultsFired++;
    throw faultError(f.error);
  }

  readonly command = {
    lt: (value: unknown) => ({ [OP]: { $lt: value } }),
    lte: (value: unknown) => ({ [OP]: { $lte: value } }),
    gt: (value: unknown) => ({ [OP]: { $gt: value } }),
    in: (values: unknown[]) => ({ [OP]: { $in: values } }),
    neq: (value: unknown) => ({ [OP]: { $ne: value } }),
    set: (value: unknown) => ({ [SET]: value }),
    inc: (n: number) => ({ [INC]: n }),
  };
  /** Transactions run one at a time; their writes are buffered and applied together at commit. */
  private txQueue: Promise<unknown> = Promise.resolve();

  runTransaction<T>(fn: (tx: CloudTx) => Promise<T>): Promise<T> {
    const run = async () => {
      const writes = new Map<string, CloudDoc>();
      const tx: CloudTx = {
        collection: (name) => ({
          doc: (id) => ({
            get: async () => {
              await tick();
              this.fault('txGet', name);
              const buffered = writes.get(`${name}\u0000${id}`);
              const stored = this.docs(name).find((d) => d._id === id);
              return { data: copy(buffered ?? stored ?? null) };
            },
            set: async ({ data }) => {
              await tick();
              this.fault('txSet', name);
              this.docs(name);
              writes.set(`${name}\u0000${id}`, { _id: id, ...copy(data) });
              return {};
            },
          }),
        }),
      };
      const result = await fn(tx);
      // Commit: check every write first, then apply all in one synchronous step.
      const entries = [...writes].map(([key, doc]) => ({ name: key.split('\u0000')[0], doc }));
      for (const name of new Set(entries.map((e) => e.name))) this.fault('commit', name);
      for (const { name, doc } of entries) {
        const docs = this.docs(name);
        const clash = this.violatesUnique(
          name,
          doc,
          docs.find((d) => d._id === doc._id),
        );
        if (clash && clash !== '_id') throw cloudError(-502001, `E11000 duplicate key error index: ${clash}`);
      }
      for (const { name, doc } of entries) {
        const docs = this.docs(name);
        const at = docs.findIndex((d) => d._id === doc._id);
        if (at >= 0) docs[at] = doc;
        else docs.push(doc);
      }
      return result;
    };
    const next = this.txQueue.then(run, run);
    this.txQueue = next.catch(() => undefined);
    return next;
  }

  async createCollection(name: string) {
    await tick();
    if (this.data.has(name)) throw cloudError(-502001, `collection ${name} already exists`);
    this.data.set(name, []);
    return { ok: true };
  }

  /** Every document of a collection, for assertions. */
  dump(name: string): CloudDoc[] {
    return copy(this.docs(name));
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
        this.fault('get', name);
        let cursor = find(this.docs(name), toMongo(condition));
        if (sort.length) cursor = cursor.sort(Object.fromEntries(sort));
        const rows = cursor
          .skip(skip)
          .limit(Math.min(limit ?? 100, 1000))
          .all() as CloudDoc[];
        return { data: copy(rows) };
      },
      count: async () => {
        await tick();
        return { total: find(this.docs(name), toMongo(condition)).all().length };
      },
      update: async ({ data }) => {
        await tick();
        this.fault('update', name);
        // Match and write in one step: a conditional update is atomic per document.
        const ids = new Set((find(this.docs(name), toMongo(condition)).all() as CloudDoc[]).map((d) => d._id));
        const targets = this.docs(name).filter((d) => ids.has(d._id));
        for (const d of targets) merge(d, data);
        return { stats: { updated: targets.length } };
      },
      remove: async () => {
        await tick();
        const ids = new Set((find(this.docs(name), toMongo(condition)).all() as CloudDoc[]).map((d) => d._id));
        const docs = this.docs(name);
        const kept = docs.filter((d) => !ids.has(d._id));
        docs.splice(0, docs.length, ...kept);
        return { stats: { removed: ids.size } };
      },
    });

    const doc = (id: string): CloudDocRef => ({
      set: async ({ data }) => {
        await tick();
        this.fault('set', name);
        if ('_id' in data) throw cloudError(-501007, 'set: data must not contain _id');
        const docs = this.docs(name);
        const next = { _id: id, ...copy(data) };
        const at = docs.findIndex((d) => d._id === id);
        const clash = this.violatesUnique(name, next, at >= 0 ? docs[at] : undefined);
        if (clash && clash !== '_id') throw cloudError(-502001, `E11000 duplicate key error index: ${clash}`);
        if (at >= 0) docs[at] = next;
        else docs.push(next);
        return { _id: id, stats: { updated: at >= 0 ? 1 : 0 } };
      },
      update: async ({ data }) => {
        await tick();
        this.fault('update', name);
        const found = this.docs(name).find((d) => d._id === id);
        if (!found) return { stats: { updated: 0 } };
        merge(found, data);
        return { stats: { updated: 1 } };
      },
    });

    return {
      ...query({}, [], 0, null),
      doc,
      aggregate: (pipeline) => ({
        end: async () => {
          await tick();
          this.fault('aggregate', name);
          return { data: copy(new Aggregator(pipeline).run(this.docs(name)) as CloudDoc[]) };
        },
      }),
      add: async ({ data }) => {
        await tick();
        this.fault('add', name);
        const next = copy(data);
        next._id ??= `auto${++this.autoId}`;
        const clash = this.violatesUnique(name, next);
        if (clash) throw cloudError(-502001, `E11000 duplicate key error index: ${clash}`);
        this.docs(name).push(next);
        return { _id: next._id as string };
      },
    };
  }
}
