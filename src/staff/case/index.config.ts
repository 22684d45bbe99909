import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '投诉办理', usingComponents: tdesign });
