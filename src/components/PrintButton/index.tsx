import { Text, View } from '@tarojs/components';

/** The mini program cannot print: point staff to the same page in a PC browser. */
export default function PrintButton() {
  return (
    <View className="block no-print">
      <Text className="muted">请在电脑浏览器中打开本页打印；也可以把二维码图片保存后打印。</Text>
    </View>
  );
}
