/**
 * Excel exports: a job per request (so a retry does not build twice and the client can show
 * progress), rows read in keyset pages (never a whole table in memory), and the finished file
 * kept where the host keeps files (disk for the Node host, cloud storage on CloudBase).
 */
import type { Readable, Writable } from 'node:stream';
import type { StatsFilter } from './stats';

export type ExportKind = 'evaluations' | 'complaints' | 'rankings' | 'report' | 'assessment';

export interface ExportJob {
  /** Derived from the requester and their request id: the same request finds the same job. */
  id: string;
  kind: ExportKind;
  requestedBy: string;
  requestId: string;
  params: Record<string, unknown>;
  status: 'building' | 'done' | 'failed';
  rowsDone: number;
  rowsTotal: number;
  fileId: string | null;
  fileName: string;
  size: number;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An evaluation as exported: no resident identity of any kind (no subject hash, no request id). */
export interface EvaluationExportRow {
  id: string;
  createdAt: Date;
  departmentId: string;
  windowId: string | null;
  staffId: string | null;
  cardId: string | null;
  level: number;
  /** The level as first given, when an amendment changed it (else equal to level). */
  firstLevel: number;
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
}

/** A complaint as exported: no complainant identity and no contact phone. */
export interface ComplaintExportRow {
  id: string;
  trackingNo: string;
  createdAt: Date;
  departmentId: string;
  windowId: string | null;
  staffId: string | null;
  category: string;
  content: string;
  status: string;
  firstReplyDueAt: Date;
  firstRepliedAt: Date | null;
  rating: string | null;
  reopenCount: number;
}

/** Where the next page starts: after this (createdAt, id). */
export interface PageCursor {
  createdAt: Date;
  id: string;
}

export interface Page<T> {
  rows: T[];
  next: PageCursor | null;
}

export interface ExportStore {
  /** Creates the job unless one with its id exists; answers the stored job either way. */
  start(job: ExportJob): Promise<{ created: boolean; job: ExportJob }>;
  get(id: string): Promise<ExportJob | null>;
  update(
    id: string,
    patch: Partial<Pick<ExportJob, 'status' | 'rowsDone' | 'rowsTotal' | 'fileId' | 'size' | 'error' | 'updatedAt'>>,
  ): Promise<void>;
  /** Evaluations in the period and scope, oldest first, `limit` at a time. */
  evaluationsPage(f: StatsFilter, after: PageCursor | null, limit: number): Promise<Page<EvaluationExportRow>>;
  complaintsPage(f: StatsFilter, after: PageCursor | null, limit: number): Promise<Page<ComplaintExportRow>>;
}

/** A file being written: stream into it, then finish to keep it (or abort to drop it). */
export interface ReportSink {
  stream: Writable;
  finish(): Promise<{ fileId: string; size: number }>;
  abort(): Promise<void>;
}

export interface ReportFiles {
  create(fileName: string): Promise<ReportSink>;
  /** A download link for a kept file, valid for a while (the host's signed link or a cloud temp URL). */
  link(fileId: string, fileName: string, now: Date): Promise<string>;
  /** Hosts that serve the files themselves (the Node host) read them back here; null when unknown. */
  open?(fileId: string): Promise<{ stream: Readable; size: number } | null>;
  /**
   * An uploaded spreadsheet to import, whole (they are small: a few MB at most): a file put with
   * `keepUpload` on the Node host, a cloud:// file id on CloudBase. Null when unknown.
   */
  readUpload(fileId: string): Promise<Buffer | null>;
  /** Keeps an uploaded spreadsheet (the Node host's POST /api/upload-sheet) and answers its id. */
  keepUpload?(bytes: Buffer): Promise<string>;
}
