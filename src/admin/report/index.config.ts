import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '评议报告', usingComponents: tdesign });
