export const name = '0004_notify_openid';

/** The complainant's sealed OPENID, to push "reply ready" (WeChat); null once the case ends. */
export const sql = `
ALTER TABLE complaints ADD COLUMN notify_openid text;
`;
