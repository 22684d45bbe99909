import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '整改跟踪', usingComponents: tdesign });
