/** The promised time limit of a card, as a resident should read it today. */
import type { CardView } from '../../server/contract/card.schema';
import { chineseDate, daysBetween, shanghaiDate } from '../../server/contract/dates';

export type DueStatus =
  | { kind: 'on-spot'; text: string }
  | { kind: 'pending'; text: string; daysLeft: number }
  | { kind: 'due-today'; text: string }
  | { kind: 'overdue'; text: string; daysOver: number }
  /** 补正: the clock stopped until the applicant brings what is missing. */
  | { kind: 'paused'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'returned'; text: string };

type DueFields = Pick<CardView, 'matterType' | 'promisedDays' | 'dueDate'> &
  Partial<Pick<CardView, 'status' | 'completedAt'>>;

export function dueStatus(card: DueFields, now: Date): DueStatus {
  // A closed card counts nothing down any more: it says how it ended.
  if (card.status === 'completed') {
    const on = card.completedAt ? shanghaiDate(card.completedAt) : null;
    return { kind: 'done', text: on ? `已于 ${chineseDate(on)} 办结` : '已办结' };
  }
  if (card.status === 'returned') return { kind: 'returned', text: '已退回' };
  if (card.status === 'supplement') return { kind: 'paused', text: '待补正（时限暂停）' };
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
