/**
 * The WeChat privacy APIs (隐私接口) the mini program calls, each with the purpose declared for it
 * in the 用户隐私保护指引 (docs/privacy.md). "Privacy API" means an interface or component in
 * WeChat's table 「隐私接口与对应的处理的信息关系」 of 《小程序用户隐私保护指引内容介绍》:
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 * An API missing from the guide is disabled by WeChat, and a declared one works only after the
 * user agrees (src/privacy/consent.ts).
 *
 * Names are written as in that table (`wx.…`; the code calls them through `Taro.…`).
 * test/unit/privacy-apis.test.ts scans src/ and fails when this list and the code differ.
 */
export interface PrivacyApi {
  /** The interface as WeChat's table names it. */
  api: string;
  /** The row of WeChat's table it belongs to (the item to tick in the admin console). */
  info: string;
  /** Why the code calls it, as it reads after 「用于」 in the 指引 (开发者收集…，用于…). */
  purpose: string;
  /** Where it is called. */
  usedIn: string;
}

export const PRIVACY_APIS: readonly PrivacyApi[] = [
  {
    api: 'wx.chooseMedia',
    info: '收集你选中的照片或视频信息',
    purpose: '在投诉时上传现场照片（最多 3 张），作为投诉的证明材料',
    usedIn: 'src/services/upload.weapp.ts (PhotoPicker on complaint/new, 我要投诉)',
  },
  {
    api: 'wx.chooseMessageFile',
    info: '收集你选中的文件',
    purpose: '工作人员导入组织架构或考核成绩（从微信聊天中选择 Excel 表格）',
    usedIn: 'src/services/sheet-upload.weapp.ts (ImportButton on admin/org and admin/assessment)',
  },
];
