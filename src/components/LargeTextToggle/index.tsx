import { Text, View } from '@tarojs/components';
import { useLargeText } from '../../lib/large-text';
import Switch from '../../ui/Switch';
import './index.scss';

/** The 大字模式 switch, on the home page and on the pages a QR code opens directly. */
export default function LargeTextToggle() {
  const [large, setLarge] = useLargeText();
  return (
    <View className="large-toggle">
      <View className="large-toggle__text">
        <Text className="large-toggle__label">大字模式</Text>
        <Text className="muted">{large ? '已开启，文字更大更清楚' : '开启后文字更大'}</Text>
      </View>
      <Switch value={large} label="大字模式" onChange={setLarge} />
    </View>
  );
}
