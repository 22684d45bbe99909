import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '评议结果公示', usingComponents: tdesign });
