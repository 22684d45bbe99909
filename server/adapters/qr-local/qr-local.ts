/** Draws QR codes locally (npm `qrcode`): the URL QR that opens H5, or the mini program via a 普通链接二维码 rule. */
import QRCode from 'qrcode';
import type { QrCodes } from '../../ports/qr';

export const localQrCodes: QrCodes = {
  // Error correction M survives a worn, printed card; margin 2 keeps the quiet zone.
  png: (url) => QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 360 }),
};
