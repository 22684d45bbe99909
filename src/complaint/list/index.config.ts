import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '我的投诉', usingComponents: tdesign });
