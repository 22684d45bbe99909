/** Where log lines go: nowhere, stdout as JSON lines, or memory (tests). */
import type { Logger } from '../../ports/logger';

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** One JSON object per line, with its time, as log collectors (journald, Loki, CLS) expect. */
export const consoleLogger: Logger = {
  info: (event, fields) => console.log(line('info', event, fields)),
  warn: (event, fields) => console.warn(line('warn', event, fields)),
  error: (event, fields) => console.error(line('error', event, fields)),
};

function line(level: string, event: string, fields?: Record<string, unknown>): string {
  return JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
}

/** Keeps what is logged, for tests that check a log line was written (and nothing personal). */
export function memoryLogger(): Logger & {
  lines: { level: string; event: string; fields: Record<string, unknown> }[];
} {
  const lines: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  const keep =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, event, fields });
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}
