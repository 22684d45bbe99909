import { defineErrors } from './define';

/** Who is calling: identity, roles, WeChat login, bind codes and passwords, the dev switcher. */
export const AUTH_ERRORS = defineErrors({
  'AUTH.REQUIRED': { status: 401, message: '请先登录或重新打开页面', when: 'no identity' },
  'AUTH.INVALID_TOKEN': {
    status: 401,
    message: '登录已失效，请重新打开页面',
    when: 'a forged or expired bearer token',
  },
  'AUTH.FORBIDDEN': {
    status: 403,
    message: '您没有权限进行此操作',
    when: 'the role may not call this action, or the caller may not do this to this record',
  },
  'AUTH.NOT_WECHAT': { status: 409, message: '请在微信小程序中输入绑定码', when: 'auth.bind outside the mini program' },
  'AUTH.ALREADY_BOUND': {
    status: 409,
    message: (name: string) => `这个微信已绑定 ${name}，如需更换请联系管理员`,
    when: 'auth.bind from a WeChat account already bound to a staff record',
  },
  'AUTH.BAD_BIND_CODE': {
    status: 400,
    message: '绑定码无效、已使用或已过期，请向管理员重新获取',
    when: 'a bind code that is unknown, used or expired',
  },
  'AUTH.BAD_PASSWORD': {
    status: 401,
    message: '工号或密码不正确',
    when: 'auth.staffLogin: unknown 工号, no password set, or a wrong password (one answer for all three)',
  },
  'AUTH.BAD_WX_CODE': {
    status: 400,
    message: '登录凭证已失效，请重新进入小程序',
    when: 'auth.wxLogin: WeChat refused the wx.login code (40029 invalid, 40163 used)',
  },
  'AUTH.WX_RISKY': {
    status: 403,
    message: '该微信账号暂时无法登录',
    when: 'auth.wxLogin: WeChat blocks this user (40226)',
  },
  'AUTH.WX_LOGIN_UNAVAILABLE': {
    status: 409,
    message: '本服务未配置微信登录',
    when: 'auth.wxLogin on a host without WECHAT_APPID/WECHAT_SECRET (CloudBase needs none)',
  },
  'WECHAT.UNAVAILABLE': {
    status: 503,
    message: '微信登录暂时不可用，请稍后再试',
    when: 'WeChat is unreachable or refuses the server’s AppID/secret (logged for the operator)',
  },
  'DEV.ROLE_MISMATCH': { status: 400, message: '该工作人员不是管理员', when: 'dev.login as admin for a non-admin' },
  'DEV.CLOCK_FIXED': { status: 409, message: '当前时钟不能调整', when: 'dev.clock on a clock that cannot move' },
  'DEV.KEY_REQUIRED': {
    status: 403,
    message: '演示口令缺失或已失效，请用本次启动时终端打印的链接重新打开',
    when: 'a dev.* action on a local host reachable from other machines (HOST or PUBLIC_URL beyond loopback, or DEV_ACTIONS=key) without the code printed at start, or with a wrong or old one',
  },
  'DEV.DISABLED': {
    status: 403,
    message: '本机已关闭演示身份切换',
    when: 'a dev.* action on a local host started with DEV_ACTIONS=off',
  },
});
