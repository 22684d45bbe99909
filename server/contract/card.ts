/** The card's constants, free of zod (the schemas are in card.schema.ts). */

/** 审批中心 matter types: 即办件 done on the spot, 承诺件 promised within N days, … */
export const MATTER_TYPES = ['即办件', '承诺件', '联办件', '上报件', '补办件', '退回件'] as const;
export type MatterType = (typeof MATTER_TYPES)[number];

export const MATTER_MAX = 100;
export const NOTES_MAX = 2000;
export const PROMISED_DAYS_MAX = 365;
