import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '监督卡', usingComponents: tdesign });
