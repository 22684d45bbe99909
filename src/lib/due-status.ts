/** The promised time limit of a card, as a resident should read it today. */
import type { CardView } from '../../server/contract/card.schema';
import { daysBetween, shanghaiDate } from '../../server/contract/dates';

export type DueStatus =
  | { kind: 'on-spot'; text: string }
  | { kind: 'pending'; text: string; daysLeft: number }
  | { kind: 'due-today'; text: string }
  | { kind: 'overdue'; text: string; daysOver: number };

export function dueStatus(card: Pick<CardView, 'matterType' | 'promisedDays' | 'dueDate'>, now: Date): DueStatus {
  // 即办件 are finished at the window: there is no deadline to count down.
  if (card.matterType === '即办件' || card.promisedDays === 0) return { kind: 'on-spot', text: '当场办结' };
  const left = daysBetween(shanghaiDate(now), card.dueDate);
  if (left > 0) return { kind: 'pending', text: `还剩 ${left} 天`, daysLeft: left };
  if (left === 0) return { kind: 'due-today', text: '今天到期' };
  return { kind: 'overdue', text: `已超期 ${-left} 天`, daysOver: -left };
}

export function promiseText(card: Pick<CardView, 'matterType' | 'promisedDays' | 'dayKind'>): string {
  if (card.matterType === '即办件' || card.promisedDays === 0) return '当场办结';
  return `${card.promisedDays} 个${card.dayKind === 'working' ? '工作日' : '自然日'}`;
}
