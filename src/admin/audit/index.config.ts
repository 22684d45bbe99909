import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '操作记录', usingComponents: tdesign });
