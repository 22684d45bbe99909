/**
 * H5: the dev key (see dev-key.ts) in sessionStorage, so it survives a reload and the home
 * page's own navigation but ends with the tab — and a restarted host's new code replaces it.
 */
const KEY = 'dev.key';
let memory: string | undefined;

export function rememberDevKey(key: string): void {
  try {
    sessionStorage.setItem(KEY, key);
  } catch {
    /* storage refused (private mode): the link's code still works on this page */
  }
  memory = key;
}

export function devKey(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}
