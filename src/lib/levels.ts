/** The five evaluation levels (GB/T 39734), from the contract, with how the client shows them. */
import { isBadLevel, LEVELS } from '../../server/contract/evaluation';

export { isBadLevel, LEVELS };

export function levelLabel(level: number): string {
  return LEVELS.find((l) => l.level === level)?.label ?? '未评价';
}

/** TDesign tag theme per level, so 差评 stand out in lists. */
export function levelTheme(level: number): 'success' | 'primary' | 'warning' | 'danger' {
  if (level >= 5) return 'success';
  if (level >= 4) return 'primary';
  if (level >= 3) return 'warning';
  return 'danger';
}
