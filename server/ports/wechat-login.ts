/**
 * WeChat login for a self-hosted backend: the mini program's `wx.login` code exchanged for the
 * user's OPENID (`code2Session`). On CloudBase the platform supplies the OPENID instead.
 */
export interface WechatLogin {
  /**
   * The OPENID the code stands for. Throws AppError: AUTH.BAD_WX_CODE (a used, expired or
   * foreign code), RATE.LIMITED (WeChat's per-user limit), AUTH.WX_RISKY (a blocked user),
   * WECHAT.UNAVAILABLE (WeChat is down or refuses our credentials).
   */
  openidFor(code: string): Promise<string>;
}
