/**
 * The 开具监督卡 form as plain data: prefill from a matter, check before sending (the server
 * checks again), and the `card.issue` payload.
 */
import { cardIssueInput, type CardIssueInput, type MatterType } from '../../server/contract/card.schema';
import type { MatterView } from '../../server/contract/org.schema';
import { fieldIssues } from './form-issues';

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
  return {
    matterId: '',
    matter: '',
    matterType: '承诺件',
    promisedDays: '5',
    notes: '',
    supervisionPhone: phone,
    windowId,
  };
}

/**
 * Picking a catalogue matter fills in its type and time limit; its 一次性告知 is the catalogue's
 * and goes on the card as it is (shown, never copied into the staff's note).
 */
export function withMatter(form: IssueForm, m: MatterView): IssueForm {
  return { ...form, matterId: m.id, matter: m.name, matterType: m.type, promisedDays: String(m.promisedDays) };
}

/** Field → what is wrong (the contract's own messages, and the catalogue's cap); empty when the form can be sent. */
export function issueProblems(form: IssueForm, matter?: MatterView): Partial<Record<keyof IssueForm, string>> {
  const capped = matter && form.matterType !== '即办件' && Number(form.promisedDays) > matter.promisedDays;
  const cap = capped
    ? {
        promisedDays: `目录规定承诺 ${matter.promisedDays} 个${matter.dayKind === 'working' ? '工作日' : '自然日'}，不能超过`,
      }
    : {};
  return { ...schemaProblems(form), ...cap };
}

function schemaProblems(form: IssueForm): Partial<Record<keyof IssueForm, string>> {
  // A half-typed number is not a number: the schema then says what the field needs.
  const days = form.matterType === '即办件' || /^\d+$/.test(form.promisedDays.trim()) ? undefined : Number.NaN;
  const input = { ...issueInput(form), ...(days === undefined ? {} : { promisedDays: days }) };
  return fieldIssues(cardIssueInput, {
    ...input,
    matter: form.matter,
    ...(form.notes ? { notes: form.notes } : {}),
  }) as Partial<Record<keyof IssueForm, string>>;
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
