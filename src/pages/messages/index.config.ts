import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '消息', usingComponents: tdesign });
