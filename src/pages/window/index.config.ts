import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '窗口服务评价', usingComponents: tdesign });
