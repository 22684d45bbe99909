import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '内容审核', usingComponents: tdesign });
