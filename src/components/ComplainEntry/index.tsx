import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { routes } from '../../lib/routes';
import Button from '../../ui/Button';

interface ComplainEntryProps {
  target: { cardId: string } | { windowId: string };
}

/** Under a card or a window: the way to complain, with the promise of a reply. */
export default function ComplainEntry({ target }: ComplainEntryProps) {
  return (
    <View className="block">
      <Text className="block__title">对办理不满意？</Text>
      <Text className="muted">可以投诉，一般 7 天内答复，办理进度可在“我的投诉”中查看。</Text>
      <View className="gap" />
      <Button
        theme="danger"
        variant="outline"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: routes.complaintNew(target) })}
      >
        我要投诉
      </Button>
    </View>
  );
}
