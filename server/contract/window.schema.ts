import * as z from 'zod/mini';
import './zod';
import { idSchema } from './common.schema';
import type { MyEvaluationBrief, StaffBrief } from './card.schema';

export const windowGetInput = z.strictObject({ windowId: idSchema });
export type WindowGetInput = z.infer<typeof windowGetInput>;

export interface WindowView {
  windowId: string;
  name: string;
  department: { id: string; name: string };
  supervisionPhone: string;
  /** The staff member on duty now (A post, or the B backup while A is on leave). */
  onDuty: StaffBrief | null;
  url: string;
  myEvaluation: MyEvaluationBrief | null;
}
