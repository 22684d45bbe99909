/**
 * The evaluation's constants, free of zod: what a page that only shows levels needs (the card
 * page a QR opens), without the schema library. The schemas are in evaluation.schema.ts.
 */
/** GB/T 39734 five levels, 5 = 非常满意 … 1 = 非常不满意. */
export const LEVELS = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const;
/** The two bottom levels are 差评: they need a reason, and a follow-up. */
export function isBadLevel(level: number): boolean {
  return level <= 2;
}
export const COMMENT_MAX = 500;
export const TAG_MAX = 20;
