import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '督办阶梯', usingComponents: tdesign });
