import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '服务评价', usingComponents: tdesign });
