/** Loads something for a page and keeps the three states a page shows: loading, error, data. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../services/api-error';

export type Remote<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError('CLIENT', '页面出错了，请稍后再试');
}

/**
 * `load` runs on mount and whenever `key` changes; `reload` runs it again (keeping the old data
 * on screen while it loads, so a refresh does not flash). Late answers of older loads are
 * ignored.
 */
export function useRemote<T>(load: () => Promise<T>, key: string): { state: Remote<T>; reload: () => Promise<void> } {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (showLoading: boolean) => {
    const mine = ++seq.current;
    if (showLoading) setState({ status: 'loading' });
    try {
      const data = await loadRef.current();
      if (mine === seq.current) setState({ status: 'ready', data });
    } catch (err) {
      if (mine === seq.current) setState({ status: 'error', error: asApiError(err) });
    }
  }, []);

  useEffect(() => {
    void run(true);
  }, [key, run]);

  // After an error the retry shows the spinner; with data on screen it refreshes quietly.
  const statusRef = useRef(state.status);
  statusRef.current = state.status;
  const reload = useCallback(() => run(statusRef.current === 'error'), [run]);
  return { state, reload };
}
