import { tdesign } from '../../ui/tdesign';

export default definePageConfig({ navigationBarTitleText: '回访核实', usingComponents: tdesign });
