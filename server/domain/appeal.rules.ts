/**
 * Appeal rules (申诉复核): a staff member may appeal a 差评 or a complaint about them within 15
 * days; the office decides within 7. The office member deciding is neither the appellant nor the
 * person the appeal is about.
 */
import type { Appeal } from './appeal.entities';

export { APPEAL_WINDOW_DAYS } from '../contract/followup.schema';
/** The office decides within this many days (the same sweep watches it). */
export const APPEAL_DECIDE_DAYS = 7;

export const APPEAL_KIND_LABELS: Record<Appeal['kind'], string> = {
  evaluation: '差评申诉',
  complaint: '投诉申诉',
  classification: '误评/恶意差评审核',
};

export const APPEAL_STATUS_LABELS: Record<Appeal['status'], string> = {
  pending: '待复核',
  upheld: '申诉成立',
  dismissed: '申诉不成立',
};

/** Whether `staffId` may decide this appeal: an office member who is neither its appellant nor its subject. */
export function mayDecide(a: Pick<Appeal, 'byStaffId' | 'aboutStaffId'>, staffId: string): boolean {
  return a.byStaffId !== staffId && a.aboutStaffId !== staffId;
}
