/**
 * A form checked by the contract's own schema (server/contract, zod/mini) before it is sent: the
 * messages are the ones the server would answer with, in the same Chinese, so the two cannot
 * drift apart and no rule is written twice. The server checks again; this only saves the trip.
 */
interface Parses {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
  };
}

/** The first issue of each top-level field (`''` for the whole payload), empty when it parses. */
export function fieldIssues(schema: Parses, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  const out: Record<string, string> = {};
  for (const issue of result.success ? [] : (result.error?.issues ?? [])) {
    const field = issue.path.length ? String(issue.path[0]) : '';
    out[field] ??= issue.message;
  }
  return out;
}

/** The payload's first issue, for a form that shows one message at a time; null when it parses. */
export function firstIssue(schema: Parses, value: unknown): string | null {
  return Object.values(fieldIssues(schema, value))[0] ?? null;
}
