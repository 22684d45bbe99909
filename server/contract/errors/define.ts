/**
 * The error catalogue: every error the API can answer with, by stable code — its HTTP status,
 * its Chinese message for people (a function when the message names something) and, for
 * docs/api.md, when it happens. One file per aggregate; `index.ts` joins them. The server
 * raises them with `fail(code, …args)` (core/errors.ts); the client may switch on `ErrorCode`.
 */
export interface ErrorSpec {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message function declares its own parameters
  message: string | ((...args: any[]) => string);
  /** When it happens, in English, for docs/api.md. */
  when: string;
}

export const defineErrors = <const T extends Record<string, ErrorSpec>>(catalogue: T): T => catalogue;
