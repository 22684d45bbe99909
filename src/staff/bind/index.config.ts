import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '绑定身份', usingComponents: tdesign });
