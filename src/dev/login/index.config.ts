import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '切换演示身份', usingComponents: tdesign });
