import type { QrGetOutput } from '../../server/contract/qr.schema';
import { call } from './call';

/** The card's QR: the URL it encodes and a PNG data URL to show and print. */
export function getCardQr(cardId: string): Promise<QrGetOutput> {
  return call('qr.get', { cardId });
}

/** A window's standing QR: evaluations from it go to whoever is on duty there. */
export function getWindowQr(windowId: string): Promise<QrGetOutput> {
  return call('qr.get', { windowId });
}

/** Admin: whether codes are 小程序码 or plain-URL QRs (the 扫普通链接二维码打开小程序 rule is set). */
export const qrRule = () => call('qr.rule', {});
export const setQrRule = (plainUrlRule: boolean) => call('qr.setRule', { plainUrlRule });
