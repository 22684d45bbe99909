import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '我的评价', usingComponents: tdesign });
