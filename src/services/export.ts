import type { ExportOutput } from '../../server/contract/export.schema';
import { ApiError } from './api-error';
import { call } from './call';
import { newRequestId } from './request-id';

export type ExportKind = 'evaluations' | 'complaints' | 'rankings';

export interface ExportRequest {
  kind: ExportKind;
  from: string;
  to: string;
  departmentId?: string;
  by?: 'department' | 'staff';
}

const POLL_MS = 1000;

/**
 * Starts an export and reports its progress until it is done: the build runs inside the call,
 * and export.status (same request id) is polled beside it for the rows written so far.
 */
export async function runExport(req: ExportRequest, onProgress: (p: ExportOutput) => void): Promise<ExportOutput> {
  const requestId = newRequestId();
  const scope = { from: req.from, to: req.to, ...(req.departmentId ? { departmentId: req.departmentId } : {}) };
  const started =
    req.kind === 'rankings'
      ? call('export.rankings', { ...scope, by: req.by ?? 'department' }, requestId)
      : call(req.kind === 'evaluations' ? 'export.evaluations' : 'export.complaints', scope, requestId);
  let finished = false;
  const poll = async () => {
    while (!finished) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (finished) return;
      try {
        onProgress(await call('export.status', { requestId }));
      } catch (err) {
        // Not started yet: the job appears once the export call reaches the server.
        if (!(err instanceof ApiError && err.code === 'EXPORT.NOT_FOUND')) return;
      }
    }
  };
  void poll();
  try {
    return await started;
  } finally {
    finished = true;
  }
}
