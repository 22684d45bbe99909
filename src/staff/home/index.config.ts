import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '工作人员', usingComponents: tdesign });
