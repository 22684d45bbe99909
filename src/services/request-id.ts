/**
 * Request ids make repeats idempotent: one id per user intent (a tap on a level, one form
 * submission), reused when that same intent is retried. The server accepts 8–64 characters
 * of [A-Za-z0-9_-].
 */
export function newRequestId(): string {
  let random = '';
  for (let i = 0; i < 4; i++)
    random += Math.floor(Math.random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0');
  return `r${Date.now().toString(36)}${random}`;
}

/**
 * Ids by intent: the same key (e.g. `card:XYZ:level:4`, or the serialised form) gets the same
 * id until `forget` is called after success, so a retry after a lost answer is deduplicated
 * while a changed intent gets a fresh id.
 */
export class IntentIds {
  private readonly ids = new Map<string, string>();

  idFor(key: string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = newRequestId();
      this.ids.set(key, id);
    }
    return id;
  }

  forget(key: string): void {
    this.ids.delete(key);
  }
}
