import type { ExportOutput } from '../../server/contract/export.schema';
import { ApiError } from './api-error';
import type { ActionName } from '../../server/contract/actions';
import { call, type Input } from './call';
import { newRequestId } from './request-id';

/** The actions that build an Excel file (export.status only reports on one). */
type ExportAction = Exclude<Extract<ActionName, `export.${string}`>, 'export.status'>;

/** An export action and what it takes. */
export type ExportCall = { [A in ExportAction]: { action: A; payload: Input<A> } }[ExportAction];

const POLL_MS = 1000;

/**
 * Starts an export and reports its progress until it is done: the build runs inside the call,
 * and export.status (same request id) is polled beside it for the rows written so far.
 */
export async function runExport(req: ExportCall, onProgress: (p: ExportOutput) => void): Promise<ExportOutput> {
  const requestId = newRequestId();
  // Each export answers with ExportOutput; tsc cannot pair a union's action with its payload.
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
