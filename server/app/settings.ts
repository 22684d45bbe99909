import { DEFAULT_LADDER, LADDER_KEY, ladderProblem, type LadderStep } from '../domain/ladder.rules';
import type { EvaluationForm } from '../contract/evaluation.schema';
import { DEFAULT_COMPLAINT_SETTINGS, type ComplaintSettings } from '../domain/complaint.rules';
import { DEFAULT_FORM } from '../domain/evaluation.rules';
import type { Store } from '../ports/store';
import type { DayKind } from '../domain/calendar';

export const EVALUATION_FORM_KEY = 'evaluation.form';

/** The organisation's evaluation form (dimensions and tags are configurable), else the seed's. */
export async function evaluationForm(store: Store): Promise<EvaluationForm> {
  const custom = await store.settings.get<Partial<EvaluationForm>>(EVALUATION_FORM_KEY);
  return custom ? { ...DEFAULT_FORM, ...custom, levels: DEFAULT_FORM.levels } : DEFAULT_FORM;
}

export const COMPLAINT_SETTINGS_KEY = 'complaint.settings';

/** Deadline days, calendar, reminder and auto-close times, categories: configurable, else the seed's. */
export async function complaintSettings(store: Store): Promise<ComplaintSettings> {
  const custom = await store.settings.get<Partial<ComplaintSettings>>(COMPLAINT_SETTINGS_KEY);
  return custom ? { ...DEFAULT_COMPLAINT_SETTINGS, ...custom } : DEFAULT_COMPLAINT_SETTINGS;
}

/** The 督办 ladder the office configured, or the default (domain/ladder.rules.ts). */
export async function complaintLadder(store: Store): Promise<readonly LadderStep[]> {
  const custom = await store.settings.get<LadderStep[]>(LADDER_KEY);
  return custom && !ladderProblem(custom) ? custom : DEFAULT_LADDER;
}

/** 承诺件 time limits are counted in working days unless the organisation says otherwise. */
export const CARD_DAY_KIND_KEY = 'card.dayKind';

/** How a card for a matter outside the catalogue, and a new matter, count their days. */
export async function cardDayKind(store: Store): Promise<DayKind> {
  return (await store.settings.get<DayKind>(CARD_DAY_KIND_KEY)) ?? 'working';
}
