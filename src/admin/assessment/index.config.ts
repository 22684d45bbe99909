import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '年度考核', usingComponents: tdesign });
