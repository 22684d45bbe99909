/**
 * One way for the shared action suite to talk to a host. Each host test (Node HTTP, CloudBase
 * function entry) implements it, so the same behaviour is checked through both.
 */
import type { Staff, Store } from '../../server/ports/store';
import { seedOrg } from '../support/fixtures';

export type As = { resident: string } | { staff: Staff } | 'nobody';

export interface CallResult {
  /** HTTP status (Node host) or undefined (a cloud function answers only with the envelope). */
  status?: number;
  body: any;
}

export interface TestHost {
  name: string;
  store: Store;
  /** Moves the frozen clock. */
  setNow(iso: string): void;
  call(action: string, payload: unknown, as: As, requestId?: string): Promise<CallResult>;
  /**
   * Signs `as` in ahead of a call where the host does it on first use (the Node host mints a
   * resident's token with auth.guest or auth.wxLogin, which counts against those actions' limits).
   */
  signIn?(as: As): Promise<void>;
  /** Puts a spreadsheet where an import can read it, as the client would; answers the fileId. */
  uploadSheet(bytes: Buffer, as: As): Promise<string>;
  /** Fetches a download URL an action answered with (an export), as the client would. */
  download(url: string): Promise<{ status: number; bytes: Buffer; headers: Record<string, string> }>;
  close(): Promise<void>;
  /** Runs the sweep now, as the host's timer would (reminders, escalations, auto-closes), and delivers its notices. */
  sweep(): Promise<void>;
  /** What the raw-identity scan needs (privacy.suite.ts). */
  privacy?: {
    /** Every table or collection, as text. */
    dump(): Promise<string>;
    /** The raw identities the host gave its residents so far: subjects and OPENIDs. */
    rawIdentities(): string[];
    /** A photo the resident uploaded as the client would, by the id a complaint carries. */
    photo(as: As): Promise<string>;
  };
}

/** A request not sent yet: it starts when awaited. */
export interface LazyCall extends PromiseLike<CallResult> {
  as: As;
}

let counter = 0;
/** A fresh, valid request id (8–64 chars). */
export const rid = (label = 'req') => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * The calls every host suite makes, written once. `call` is lazy: the request starts when it is
 * awaited, so `refused(call(...))` takes its snapshot of the store before the request runs (an
 * eager call could write before the snapshot and pass a test it should fail).
 */
export function hostCalls(current: () => TestHost) {
  const call = (action: string, payload: unknown, as: As, requestId = rid()): LazyCall => {
    let started: Promise<CallResult> | null = null;
    return {
      as,
      then: (resolve, reject) => (started ??= current().call(action, payload, as, requestId)).then(resolve, reject),
    };
  };
  /** The answer's data; anything but success fails the test, naming the action. */
  const ok = async (action: string, payload: unknown, as: As, requestId?: string) => {
    const r = await call(action, payload, as, requestId);
    if (!r.body.ok) throw new Error(`${action} failed: ${JSON.stringify(r.body)}`);
    if (r.status !== undefined) expect(r.status).toBe(200);
    return r.body.data;
  };
  /**
   * Expects a refusal with `code` (and `status` over HTTP), in Chinese, without internals, that
   * wrote nothing and spent no rate-limit slot. `{ countsRate: true }` says the refusal is meant
   * to count (abuse protection: every sign-in counts per address, right or wrong; a request over
   * the limit is one more hit): then a slot is spent, and only that may change.
   */
  const refused = async (r: LazyCall, code: string, status: number, o: { countsRate?: boolean } = {}) => {
    const { store, signIn } = current();
    // The caller's own sign-in is not part of the request refused.
    await signIn?.(r.as);
    const [before, rates] = await Promise.all([store.counts(), store.rates.snapshot()]);
    const res = await r;
    expect(res.body).toMatchObject({ ok: false, error: { code } });
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|stack/i);
    if (res.status !== undefined) expect(res.status).toBe(status);
    expect(await store.counts()).toEqual(before);
    const after = await store.rates.snapshot();
    if (o.countsRate) expect(after).not.toEqual(rates);
    else expect({ refused: code, rates: after }).toEqual({ refused: code, rates });
    return res.body.error;
  };
  return { call, ok, refused };
}

/** The suites' start: Tuesday 2026-11-24, 10:00 in Shanghai. */
export const SUITE_START = '2026-11-24T02:00:00.000Z';

/**
 * A fresh host for each test of the calling `describe`, with the fixture organisation and the
 * clock at SUITE_START, closed after the test. Answers the current host.
 */
export function freshHostEach(open: () => Promise<TestHost>): () => TestHost {
  let host: TestHost | null = null;
  beforeEach(async () => {
    host = await open();
    await seedOrg(host.store);
    host.setNow(SUITE_START);
  }, 30_000);
  afterEach(async () => {
    await host?.close();
    host = null;
  });
  return () => {
    if (!host) throw new Error('no host outside a test');
    return host;
  };
}
