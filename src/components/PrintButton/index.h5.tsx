import { View } from '@tarojs/components';
import Button from '../../ui/Button';
import './print.scss';

/** window.print(); print.scss hides this button and the page chrome on paper. */
export default function PrintButton() {
  return (
    <View className="pad no-print">
      <Button theme="primary" size="large" block onClick={() => window.print()}>
        打印
      </Button>
    </View>
  );
}
