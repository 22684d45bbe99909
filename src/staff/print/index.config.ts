import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '打印监督卡', usingComponents: tdesign });
