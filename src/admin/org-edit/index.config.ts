import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '编辑组织架构', usingComponents: tdesign });
