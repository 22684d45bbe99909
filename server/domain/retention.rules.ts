/**
 * How long personal data outlives its purpose (privacy by design; docs/privacy.md says the
 * same to residents). A complainant's call-back number serves the handling of the case: it is
 * forgotten some time after the case closes, long enough for a follow-up call or a reopening by
 * the office. A complainant's sealed OPENID in a delivered notice serves only the delivery.
 * The sweep applies both.
 */
export const CONTACT_PHONE_DAYS_AFTER_CLOSE = 90;
export const SEALED_OPENID_DAYS_AFTER_NOTICE = 7;

const DAY_MS = 24 * 3600 * 1000;

export function retentionCutoffs(now: Date): { contactsClosedBefore: Date; noticesBefore: Date } {
  return {
    contactsClosedBefore: new Date(now.getTime() - CONTACT_PHONE_DAYS_AFTER_CLOSE * DAY_MS),
    noticesBefore: new Date(now.getTime() - SEALED_OPENID_DAYS_AFTER_NOTICE * DAY_MS),
  };
}
