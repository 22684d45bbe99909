/** QR codes of cards and windows, and which kind is made (server/actions/qr). */
import { emptyInput } from './common.schema';
import { returns, type Declarations } from './declaration';
import { qrGetInput, qrRuleInput, type QrGetOutput, type QrRuleOutput } from './qr.schema';

export const qrApi = {
  'qr.get': { input: qrGetInput, output: returns<QrGetOutput>(), access: ['staff', 'admin'] },
  'qr.rule': { input: emptyInput, output: returns<QrRuleOutput>(), access: ['admin'] },
  'qr.setRule': { input: qrRuleInput, output: returns<QrRuleOutput>(), access: ['admin'] },
} as const satisfies Declarations;
