import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '窗口二维码', usingComponents: tdesign });
