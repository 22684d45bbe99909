import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '组织架构', usingComponents: tdesign });
