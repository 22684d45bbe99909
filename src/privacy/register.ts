/**
 * Registers the WeChat privacy-consent listener once, at launch (app.tsx). Only the mini
 * program has one (register.weapp.ts); in a browser there is nothing to consent to here, so
 * this is a no-op.
 */
export function registerPrivacyConsent(): void {}
