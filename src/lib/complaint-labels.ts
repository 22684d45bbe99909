import type { ComplaintStatus } from '../../server/contract/complaint.schema';

/** Tag colours per status: waiting is the brand colour, finished is green, declined grey. */
export const STATUS_THEME: Record<ComplaintStatus, 'primary' | 'success' | 'warning' | 'default'> = {
  pending: 'primary',
  replied: 'warning',
  closed: 'success',
  rejected: 'default',
};

export const RATING_CHOICES = [
  { rating: 'satisfied', label: '满意' },
  { rating: 'basic', label: '基本满意' },
  { rating: 'unsatisfied', label: '不满意' },
] as const;
