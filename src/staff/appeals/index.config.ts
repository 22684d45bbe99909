import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '申诉复核', usingComponents: tdesign });
