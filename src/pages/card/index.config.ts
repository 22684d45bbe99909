import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '办事监督卡', usingComponents: tdesign });
