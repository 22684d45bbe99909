/**
 * One way for the shared action suite to talk to a host. Each host test (Node HTTP, CloudBase
 * function entry) implements it, so the same behaviour is checked through both.
 */
import type { Staff, Store } from '../../server/ports/store';

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
  /** Puts a spreadsheet where an import can read it, as the client would; answers the fileId. */
  uploadSheet(bytes: Buffer, as: As): Promise<string>;
  /** Fetches a download URL an action answered with (an export), as the client would. */
  download(url: string): Promise<{ status: number; bytes: Buffer; headers: Record<string, string> }>;
  close(): Promise<void>;
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

let counter = 0;
/** A fresh, valid request id (8–64 chars). */
export const rid = (label = 'req') => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
