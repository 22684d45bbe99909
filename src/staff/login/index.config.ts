import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '工作人员登录', usingComponents: tdesign });
