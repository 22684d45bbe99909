/**
 * A reply deadline as a handler or resident reads it, counted from the server's time (the
 * phone's clock may be off): 还剩 2 天 5 小时 · 还剩 3 小时 · 已逾期 1 天 2 小时.
 */
const HOUR = 3600_000;

export function countdown(dueIso: string, nowMs: number): { text: string; overdue: boolean; soon: boolean } {
  const left = new Date(dueIso).getTime() - nowMs;
  const abs = Math.abs(left);
  const days = Math.floor(abs / (24 * HOUR));
  const hours = Math.floor((abs % (24 * HOUR)) / HOUR);
  const span = days ? `${days} 天${hours ? ` ${hours} 小时` : ''}` : hours ? `${hours} 小时` : '不到 1 小时';
  if (left < 0) return { text: `已逾期 ${span}`, overdue: true, soon: false };
  return { text: `还剩 ${span}`, overdue: false, soon: left <= 48 * HOUR };
}

/** The server's clock as seen from this phone: its answer's `now` plus the time since. */
export function serverClock(serverNowIso: string, receivedAtMs = Date.now()): () => number {
  const offset = new Date(serverNowIso).getTime() - receivedAtMs;
  return () => Date.now() + offset;
}
