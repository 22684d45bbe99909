import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '责任追究', usingComponents: tdesign });
