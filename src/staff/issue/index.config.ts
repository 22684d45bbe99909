import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '开具监督卡', usingComponents: tdesign });
