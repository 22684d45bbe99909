import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '整改事项', usingComponents: tdesign });
