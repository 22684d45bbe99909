/** The card's constants, free of zod (the schemas are in card.schema.ts). */

/** 审批中心 matter types: 即办件 done on the spot, 承诺件 promised within N days, … */
export const MATTER_TYPES = ['即办件', '承诺件', '联办件', '上报件', '补办件', '退回件'] as const;
export type MatterType = (typeof MATTER_TYPES)[number];

export const MATTER_MAX = 100;
export const NOTES_MAX = 2000;
export const PROMISED_DAYS_MAX = 365;

/**
 * A service case's state on its card (限时办结制): 受理 at issue, 补正 while the applicant
 * brings what is missing (the clock pauses), then 办结 or 退回 (不予办理, with the reason).
 */
export const CARD_STATUSES = ['accepted', 'supplement', 'completed', 'returned'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];
export const CARD_STATUS_LABELS: Record<CardStatus, string> = {
  accepted: '办理中',
  supplement: '待补正',
  completed: '已办结',
  returned: '已退回',
};
/** An open card still runs against its promise (the countdown shows, the sweep watches it). */
export const isOpenCard = (status: CardStatus): boolean => status === 'accepted' || status === 'supplement';

export const SUPPLEMENT_ITEMS_MAX = 30;
export const SUPPLEMENT_ITEM_MAX = 100;
export const RETURN_REASON_MAX = 500;
export const REFER_TO_MAX = 200;

/** 一次性告知 of a catalogue matter: a material to bring — its name, original or copy, how many. */
export const MATERIAL_FORMS = ['original', 'copy', 'both'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  both: '原件及复印件',
};
export interface MaterialItem {
  name: string;
  form: MaterialForm;
  count: number;
}

/**
 * The structured 一次性告知 the catalogue keeps for a matter (受理条件, 材料清单, 办理流程, 收费,
 * 设定依据); the time limits are the matter's own fields. Empty strings / lists = not stated.
 */
export interface MatterNotice {
  conditions: string;
  materials: MaterialItem[];
  process: string;
  fee: string;
  basis: string;
}
export const emptyMatterNotice = (): MatterNotice => ({
  conditions: '',
  materials: [],
  process: '',
  fee: '',
  basis: '',
});
