/**
 * Evaluation rules (政务服务"好差评", GB/T 39734): five levels, the bottom two are 差评 and need
 * a reason; one evaluation per resident per visit; amendable for a while after submitting.
 */
import type { Card } from './card.entities';
import { cardServiceEnd } from './card.rules';
import { LEVELS } from '../contract/evaluation.schema';
import type { EvaluationForm } from '../contract/evaluation.schema';
import { shanghaiDate } from '../contract/dates';

export const AMEND_HOURS = 24;

export { isBadLevel } from '../contract/evaluation.schema';

export function levelLabel(level: number): string {
  return LEVELS.find((l) => l.level === level)?.label ?? '未评价';
}

/**
 * A visit is one card, or one window on one Shanghai calendar day (a resident with no card who
 * comes back another day has had another service).
 */
export function visitKey(target: { cardId?: string; windowId?: string }, at: Date): string {
  return target.cardId ? `card:${target.cardId}` : `window:${target.windowId}:${shanghaiDate(at)}`;
}

/**
 * 一事一评 within a time window after the service (GB/T 39734 §7.2): a card takes its evaluation
 * from issue until this many days after its service ended — its 办结 (or 退回), else its due
 * date (setting `evaluation.cardWindowDays`).
 */
export const CARD_WINDOW_DAYS = 30;
export const CARD_WINDOW_KEY = 'evaluation.cardWindowDays';

export function cardEvaluableUntil(
  card: Pick<Card, 'dueAt' | 'completedAt' | 'returned'>,
  days = CARD_WINDOW_DAYS,
): Date {
  return new Date(cardServiceEnd(card).getTime() + days * 24 * 3600 * 1000);
}

export function amendableUntil(createdAt: Date, hours = AMEND_HOURS): Date {
  return new Date(createdAt.getTime() + hours * 3600_000);
}

export interface DetailsInput {
  dimensions?: Record<string, number>;
  tags?: string[];
  comment?: string;
}

export function hasDetails(d: DetailsInput): boolean {
  return Boolean((d.dimensions && Object.keys(d.dimensions).length) || d.tags?.length || d.comment);
}

/** 差评 details need a reason: a reason tag or some text. */
export function hasReason(d: DetailsInput, form: EvaluationForm): boolean {
  return Boolean(d.comment?.trim()) || (d.tags ?? []).some((t) => form.reasonTags.includes(t));
}

/** Returns the first problem with the details against the organisation's form, or null. */
export function detailsProblem(d: DetailsInput, form: EvaluationForm): { path: string; message: string } | null {
  const keys = new Set(form.dimensions.map((x) => x.key));
  const unknownDim = Object.keys(d.dimensions ?? {}).find((k) => !keys.has(k));
  if (unknownDim) return { path: `dimensions.${unknownDim}`, message: '未知的评价维度' };
  const allowed = new Set([...form.praiseTags, ...form.reasonTags]);
  const unknownTag = (d.tags ?? []).find((t) => !allowed.has(t));
  if (unknownTag) return { path: 'tags', message: `未知的标签：${unknownTag}` };
  return null;
}

/** Seed dimensions (服务对象评议制): timeliness, accuracy, attitude, professionalism, … */
export const DEFAULT_FORM: EvaluationForm = {
  levels: LEVELS.map((l) => ({ level: l.level, label: l.label })),
  dimensions: [
    { key: 'timeliness', label: '办事及时' },
    { key: 'accuracy', label: '办理准确' },
    { key: 'attitude', label: '服务态度' },
    { key: 'professionalism', label: '业务能力' },
    { key: 'communication', label: '沟通解释' },
    { key: 'problem_solving', label: '解决问题' },
    { key: 'integrity', label: '廉洁自律' },
  ],
  praiseTags: ['热情周到', '办事高效', '解释清楚', '一次办成', '耐心细致'],
  reasonTags: ['态度生硬', '办事拖拉', '解释不清', '多次跑腿', '未一次性告知', '超时未办结', '吃拿卡要'],
  commentMax: 500,
  amendHours: AMEND_HOURS,
};
