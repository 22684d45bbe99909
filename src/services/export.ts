import type { ExportOutput } from '../../server/contract/export.schema';
import { ApiError } from './api-error';
import { call } from './call';
import { newRequestId } from './request-id';

/** The export actions and what each takes. */
export type ExportCall =
  | { action: 'export.evaluations' | 'export.complaints'; payload: { from: string; to: string; departmentId?: string } }
  | { action: 'export.report'; payload: { from: string; to: string } }
  | {
      action: 'export.rankings';
      payload: { from: string; to: string; by: 'department' | 'window' | 'staff'; departmentId?: string };
    }
  | { action: 'export.assessment'; payload: { year: number; departmentId?: string } }
  | { action: 'export.org'; payload: Record<string, never> };

const POLL_MS = 1000;

/**
 * Starts an export and reports its progress until it is done: the build runs inside the call,
 * and export.status (same request id) is polled beside it for the rows written so far.
 */
export async function runExport(req: ExportCall, onProgress: (p: ExportOutput) => void): Promise<ExportOutput> {
  const requestId = newRequestId();
  const started = call(req.action, req.payload as never, requestId) as Promise<ExportOutput>;
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
