import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '下发整改', usingComponents: tdesign });
