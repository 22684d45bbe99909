import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '我要投诉', usingComponents: tdesign });
