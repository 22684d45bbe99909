import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '差评回访', usingComponents: tdesign });
