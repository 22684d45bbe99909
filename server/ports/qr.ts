/** Renders a QR code for a URL (the local host draws one; CloudBase may use a 小程序码 later). */
export interface QrCodes {
  /** A PNG data URL. */
  png(url: string): Promise<string>;
}
