import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '超期监督卡', usingComponents: tdesign });
