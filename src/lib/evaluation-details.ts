/**
 * The optional details of an evaluation, as pure functions the panel and tests share. Mirrors
 * the server's rule (server/domain/evaluation.rules.ts): details of a 差评 need a reason — a
 * reason tag or some text; the one-tap level itself never does.
 */
import type { EvaluationAmendInput, EvaluationForm } from '../../server/contract/evaluation.schema';
import { isBadLevel } from './levels';

export interface Details {
  level: number;
  /** Dimension key → 1..5; a dimension left at 0 is "not rated" and is not sent. */
  dimensions: Record<string, number>;
  tags: string[];
  comment: string;
}

type TagForm = Pick<EvaluationForm, 'praiseTags' | 'reasonTags'>;

/** Praise tags for 3–5, reason tags for the two 差评 levels. */
export function tagsFor(form: TagForm, level: number): string[] {
  return isBadLevel(level) ? form.reasonTags : form.praiseTags;
}

/** Keeps only the tags the new level offers (switching 满意 → 不满意 drops the praise). */
export function retag(form: TagForm, level: number, tags: string[]): string[] {
  const offered = tagsFor(form, level);
  return tags.filter((t) => offered.includes(t));
}

export function hasReason(form: TagForm, d: Pick<Details, 'tags' | 'comment'>): boolean {
  return d.comment.trim() !== '' || d.tags.some((t) => form.reasonTags.includes(t));
}

/** True when the details cannot be saved yet because a 差评 has no reason. */
export function needsReason(form: TagForm, d: Details): boolean {
  return isBadLevel(d.level) && !hasReason(form, d);
}

export function toggle(list: string[], item: string, on: boolean): string[] {
  return on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);
}

/** The amend payload: only rated dimensions, trimmed text, the level only when it changed. */
export function amendInput(evaluationId: string, d: Details, originalLevel: number): EvaluationAmendInput {
  const dimensions = Object.fromEntries(Object.entries(d.dimensions).filter(([, v]) => v >= 1 && v <= 5));
  const input: EvaluationAmendInput = { evaluationId, dimensions, tags: d.tags, comment: d.comment.trim() };
  if (d.level !== originalLevel) input.level = d.level;
  return input;
}
