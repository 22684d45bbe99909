/** 审批中心 matter types; a copy of MATTER_TYPES in server/contract (kept free of zod). */
import type { MatterType } from '../../server/contract/card.schema';

export const MATTER_TYPES: readonly MatterType[] = ['即办件', '承诺件', '联办件', '上报件', '补办件', '退回件'];

/** Every contract type must be listed here: the assignment fails to compile otherwise. */
type Missing = Exclude<MatterType, (typeof MATTER_TYPES)[number]>;
export const allMatterTypesListed: Missing extends never ? true : never = true;

/** Limits from server/contract/card.schema, mirrored for the form's counters. */
export const MATTER_MAX = 100;
export const NOTES_MAX = 2000;
export const PROMISED_DAYS_MAX = 365;
