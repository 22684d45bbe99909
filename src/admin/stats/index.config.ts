import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '评价统计', usingComponents: tdesign });
