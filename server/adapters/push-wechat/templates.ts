/** WeChat subscribe-message errors after which a retry cannot succeed: no consent (43101), bad openid, bad template or data. */
export const FINAL_ERRORS = new Set([43101, 40003, 40037, 47003, 41030]);
