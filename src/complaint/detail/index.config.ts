import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '投诉详情', usingComponents: tdesign });
