/**
 * The 开具监督卡 form as plain data: prefill from a matter, check before sending (the server
 * checks again), and the `card.issue` payload.
 */
import type { CardIssueInput, MatterType } from '../../server/contract/card.schema';
import type { MatterView } from '../../server/contract/org.schema';
import { MATTER_MAX, NOTES_MAX, PROMISED_DAYS_MAX } from './matter-types';

export interface IssueForm {
  matterId: string;
  matter: string;
  matterType: MatterType;
  /** Kept as typed, so a half-typed number is not rewritten under the finger. */
  promisedDays: string;
  notes: string;
  supervisionPhone: string;
  windowId: string;
}

export function emptyIssueForm(phone: string, windowId = ''): IssueForm {
  return { matterId: '', matter: '', matterType: '承诺件', promisedDays: '5', notes: '', supervisionPhone: phone, windowId };
}

/** Picking a catalogue matter fills in its type, time limit and notes (一次性告知). */
export function withMatter(form: IssueForm, m: MatterView): IssueForm {
  return { ...form, matterId: m.id, matter: m.name, matterType: m.type, promisedDays: String(m.promisedDays), notes: m.notes };
}

// Same pattern as server/contract/common.schema phoneSchema.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,8}|400-?\d{3}-?\d{4})$/;

/** Field → what is wrong, in Chinese; empty when the form can be sent. */
export function issueProblems(form: IssueForm): Partial<Record<keyof IssueForm, string>> {
  const problems: Partial<Record<keyof IssueForm, string>> = {};
  if (!form.matter.trim()) problems.matter = '请填写办事内容';
  else if (form.matter.trim().length > MATTER_MAX) problems.matter = `办事内容不超过 ${MATTER_MAX} 字`;
  const days = Number(form.promisedDays);
  if (!/^\d+$/.test(form.promisedDays.trim()) || days > PROMISED_DAYS_MAX) {
    problems.promisedDays = `请填写 0–${PROMISED_DAYS_MAX} 的整数天数`;
  }
  if (form.notes.length > NOTES_MAX) problems.notes = `注意事项不超过 ${NOTES_MAX} 字`;
  if (form.supervisionPhone.trim() && !PHONE.test(form.supervisionPhone.trim())) problems.supervisionPhone = '电话号码格式不正确';
  return problems;
}

export function issueInput(form: IssueForm): CardIssueInput {
  const input: CardIssueInput = {
    matter: form.matter.trim(),
    matterType: form.matterType,
    // 即办件 are done on the spot.
    promisedDays: form.matterType === '即办件' ? 0 : Number(form.promisedDays.trim()),
  };
  if (form.notes.trim()) input.notes = form.notes.trim();
  if (form.supervisionPhone.trim()) input.supervisionPhone = form.supervisionPhone.trim();
  if (form.matterId) input.matterId = form.matterId;
  if (form.windowId) input.windowId = form.windowId;
  return input;
}
