import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '投诉待办', usingComponents: tdesign });
