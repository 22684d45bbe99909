/**
 * The five evaluation levels (GB/T 39734). A copy of `LEVELS` in server/contract: the schema
 * module imports zod at runtime, which must stay out of the mini program bundle. The type
 * check below fails the build if the two ever drift apart.
 */
import type { LEVELS as CONTRACT_LEVELS } from '../../server/contract/evaluation.schema';

export const LEVELS = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const;

export type SameAsContract = typeof CONTRACT_LEVELS extends typeof LEVELS
  ? typeof LEVELS extends typeof CONTRACT_LEVELS
    ? true
    : never
  : never;
export const levelsMatchContract: SameAsContract = true;

export function levelLabel(level: number): string {
  return LEVELS.find((l) => l.level === level)?.label ?? '未评价';
}

/** The two bottom levels are 差评: details then need a reason (a reason tag or some text). */
export function isBadLevel(level: number): boolean {
  return level <= 2;
}

/** TDesign tag theme per level, so 差评 stand out in lists. */
export function levelTheme(level: number): 'success' | 'primary' | 'warning' | 'danger' {
  if (level >= 5) return 'success';
  if (level >= 4) return 'primary';
  if (level >= 3) return 'warning';
  return 'danger';
}
