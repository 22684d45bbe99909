/**
 * The code a local host reachable from other machines asks of every dev.* call (`npm start`
 * prints it; its links carry it as `devKey`). Kept for the session, so the clock controls still
 * work after switching identity. This file serves the mini program (and tsc, jest): its memory
 * lasts as long as the mini program runs. dev-key.h5.ts keeps it in the tab's sessionStorage.
 */
let current: string | undefined;

export function rememberDevKey(key: string): void {
  current = key;
}

export function devKey(): string | undefined {
  return current;
}
